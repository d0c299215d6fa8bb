package dev.slipway.model;

/** A model value was built from invalid parts; the message names the object that is wrong. */
public final class InvalidModelException extends IllegalArgumentException {
  public InvalidModelException(String message) {
    super(message);
  }
}
