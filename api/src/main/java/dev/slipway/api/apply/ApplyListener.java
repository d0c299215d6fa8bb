package dev.slipway.api.apply;

import dev.slipway.planner.Statement;
import java.time.Duration;

/** Hears what {@link Executor} does, for progress on a TTY and for reports. */
public interface ApplyListener {
  default void starting(int number, int total, Statement statement) {}

  default void finished(int number, int total, Statement statement, Duration elapsed) {}

  default void retrying(Statement statement, int attempt, Duration wait, String reason) {}

  ApplyListener QUIET = new ApplyListener() {};
}
