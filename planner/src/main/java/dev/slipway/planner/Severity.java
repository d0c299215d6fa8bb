package dev.slipway.planner;

/** How much a hazard matters: {@code danger} is refused by apply unless allowed by name. */
public enum Severity {
  INFO, WARNING, DANGER;

  /** The lower-case name used in plan JSON. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
