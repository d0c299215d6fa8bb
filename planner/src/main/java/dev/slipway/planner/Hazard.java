package dev.slipway.planner;

/** A named risk of one statement, with a message a human understands. */
public record Hazard(HazardCode code, Severity severity, String message) {
  public Hazard {
    if (code == null || severity == null) throw new IllegalArgumentException("hazard needs a code and a severity");
    if (message == null || message.isBlank()) throw new IllegalArgumentException("hazard " + code + " needs a message");
  }

  /** A hazard at its code's base severity. */
  public static Hazard of(HazardCode code, String message) {
    return new Hazard(code, code.baseSeverity(), message);
  }
}
