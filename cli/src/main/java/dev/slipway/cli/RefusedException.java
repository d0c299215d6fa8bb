package dev.slipway.cli;

/** A command refuses to go on for a reason that has its own exit code (4, 5, 6). */
public final class RefusedException extends RuntimeException {
  private final int exitCode;

  public RefusedException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
