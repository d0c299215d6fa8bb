package dev.slipway.api;

import dev.slipway.api.apply.Outcome;
import dev.slipway.planner.Plan;

/**
 * What {@link Slipway#apply(ApplyOptions)} did: the plan, and how running it went (null when nothing ran:
 * the plan was empty or it was a dry run).
 */
public record ApplyResult(Plan plan, Outcome outcome, boolean dryRun) {
  /** Every statement ran, or there was nothing to run. */
  public boolean succeeded() {
    return outcome == null || outcome.succeeded();
  }
}
