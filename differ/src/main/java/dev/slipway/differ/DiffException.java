package dev.slipway.differ;

/** The two schemas cannot be compared as asked (a rename hint whose old name is absent…); names the object. */
public final class DiffException extends RuntimeException {
  public DiffException(String message) {
    super(message);
  }
}
