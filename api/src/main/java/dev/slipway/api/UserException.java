package dev.slipway.api;

/** An error the user can fix (bad URL, missing file); printed as one line, exit code 1. */
public final class UserException extends RuntimeException {
  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
