package dev.slipway.planner;

import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import java.time.Duration;

/**
 * What the planner knows besides the changes: the server it plans for, the current schema (for table
 * sizes and existing objects) and the default lock timeout.
 */
public record PlanContext(ServerVersion version, Schema current, Schema desired, Duration lockTimeout) {
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(3);

  public PlanContext {
    if (version == null || current == null || desired == null) {
      throw new IllegalArgumentException("a plan context needs a server version and both schemas");
    }
    lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
  }
}
