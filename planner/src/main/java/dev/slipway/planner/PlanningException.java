package dev.slipway.planner;

/** A change cannot be planned safely; the message names the object. */
public final class PlanningException extends RuntimeException {
  public PlanningException(String message) {
    super(message);
  }
}
