package dev.slipway.cli.apply;

import dev.slipway.planner.Statement;
import java.util.List;

/**
 * What an apply did: the statements committed, the one that failed (with the server's message) and the
 * ones that never ran. {@code retries} counts lock-timeout retries. Exactly what the user is told.
 */
public record Outcome(List<Statement> applied, Statement failed, String error, List<Statement> notRun,
    List<String> retries) {
  public Outcome {
    applied = List.copyOf(applied);
    notRun = List.copyOf(notRun);
    retries = List.copyOf(retries);
  }

  public boolean succeeded() {
    return failed == null;
  }
}
