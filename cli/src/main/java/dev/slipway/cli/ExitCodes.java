package dev.slipway.cli;

/** Exit codes of every command (DESIGN.md §3). */
public final class ExitCodes {
  /** Success; for {@code plan --detailed-exitcode} and {@code drift}: no changes, in sync. */
  public static final int OK = 0;
  /** Error: database, I/O, invalid schema input. */
  public static final int ERROR = 1;
  /** Usage error (bad flags). */
  public static final int USAGE = 2;
  /** Changes present ({@code plan --detailed-exitcode}) / drift detected ({@code drift}). */
  public static final int CHANGES = 3;
  /** Refused: the plan has hazards that were not allowed. */
  public static final int HAZARDS_REFUSED = 4;
  /** Refused: the database changed since the plan was made. */
  public static final int FINGERPRINT_MISMATCH = 5;
  /** Refused: another apply holds the lock on this database. */
  public static final int LOCKED = 6;

  private ExitCodes() {}
}
