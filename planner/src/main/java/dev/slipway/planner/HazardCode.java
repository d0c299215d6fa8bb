package dev.slipway.planner;

/** Stable hazard names (DESIGN.md §5): extend, never rename. */
public enum HazardCode {
  /** Drop of a table, column, sequence or schema; a type change or enum edit that can lose values. */
  DELETES_DATA(Severity.DANGER),
  /** The engine rewrites the table (most type changes, volatile defaults, stored generated columns, MySQL COPY). */
  TABLE_REWRITE(Severity.WARNING),
  /** Reads and writes blocked for longer than a catalog update. */
  ACCESS_EXCLUSIVE_LOCK(Severity.WARNING),
  /** Writes blocked while the statement runs. */
  BLOCKS_WRITES(Severity.WARNING),
  /** An index is built. */
  INDEX_BUILD(Severity.WARNING),
  /** An index is dropped; queries that used it may slow down. */
  INDEX_DROPPED(Severity.WARNING),
  /** A full scan validates existing rows. */
  VALIDATION_SCAN(Severity.INFO),
  /** Can fail on existing rows. */
  DATA_DEPENDENT(Severity.WARNING),
  /** Cannot be rolled back. */
  NOT_TRANSACTIONAL(Severity.INFO),
  /** Running application code can break. */
  BREAKS_CLIENTS(Severity.WARNING),
  /** Dependencies the catalog cannot see. */
  UNTRACKABLE_DEPENDENCIES(Severity.WARNING),
  /** Grants, row-level security, policies. */
  AUTHZ_CHANGE(Severity.WARNING);

  private final Severity baseSeverity;

  HazardCode(Severity baseSeverity) {
    this.baseSeverity = baseSeverity;
  }

  /** The severity before size escalation. */
  public Severity baseSeverity() {
    return baseSeverity;
  }
}
