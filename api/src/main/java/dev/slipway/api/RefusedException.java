package dev.slipway.api;

/** Slipway refuses to go on, for a reason callers tell apart (the CLI gives each its exit code, 4 to 6). */
public final class RefusedException extends RuntimeException {
  /** Why nothing was changed. */
  public enum Reason {
    /** The plan has danger hazards the caller did not allow. */
    HAZARDS,
    /** The database changed since the saved plan was made. */
    DATABASE_CHANGED,
    /** Another apply holds the lock on this database. */
    LOCKED
  }

  private final Reason reason;

  public RefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
