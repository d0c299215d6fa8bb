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

  /**
   * {@code text} on one line: messages quote the user's text (a statement, a token, a YAML scalar), which
   * may hold line breaks and control characters; the CLI prints the message as one line of stderr.
   */
  public static String oneLine(String text) {
    return text == null ? null : text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ");
  }
}
