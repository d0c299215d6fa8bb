package dev.slipway.introspect;

/**
 * A schema could not be read. The message names the file:line:column and statement, or the database
 * object, that went wrong; nothing half-read is ever returned alongside it.
 */
public final class IntrospectionException extends Exception {
  public IntrospectionException(String message) {
    super(message);
  }

  public IntrospectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
