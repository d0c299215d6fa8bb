package dev.slipway.api;

/** A dev server could not be started or reached; the message says which and why. */
public final class DevServerException extends RuntimeException {
  public DevServerException(String message) {
    super(message);
  }

  public DevServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
