package dev.slipway.introspect.sql;

/**
 * A problem at one token of one statement; {@link SqlSchemaReader} turns it into an
 * IntrospectionException whose message starts with file:line:column. Unchecked so the statement
 * readers stay free of throws clauses; it never escapes this package.
 */
final class SqlReadException extends RuntimeException {
  private final String location;

  SqlReadException(String location, String message) {
    super(message);
    this.location = location;
  }

  String location() {
    return location;
  }
}
