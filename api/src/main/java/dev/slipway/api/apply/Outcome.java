package dev.slipway.api.apply;

import dev.slipway.planner.Statement;
import java.util.List;

/**
 * What an apply did: the statements committed; those that ran in the failed statement's transaction and
 * were rolled back with it; the one that failed (with the server's message); and the ones that never ran.
 * {@code retries} counts lock-timeout retries. Exactly what the user is told.
 */
public record Outcome(List<Statement> applied, List<Statement> rolledBack, Statement failed, String error,
    List<Statement> notRun, List<String> retries) {
  public Outcome {
    applied = List.copyOf(applied);
    rolledBack = List.copyOf(rolledBack);
    notRun = List.copyOf(notRun);
    retries = List.copyOf(retries);
  }

  public boolean succeeded() {
    return failed == null;
  }

  /** The failed statement's 1-based position in the plan: after the applied and the rolled-back ones. */
  public int failedNumber() {
    return applied.size() + rolledBack.size() + 1;
  }
}
