package dev.slipway.engines;

/** A database engine could not be started or reached; the message says what to do about it. */
public final class EngineException extends RuntimeException {
  public EngineException(String message) {
    super(message);
  }

  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
