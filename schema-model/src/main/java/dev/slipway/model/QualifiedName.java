package dev.slipway.model;


/**
 * A schema-qualified object name, exactly as the engine stores it (case preserved, unquoted).
 * On MySQL the schema is the database.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

  public QualifiedName {
    Checks.name(schema, "schema of " + name);
    Checks.name(name, "object in schema " + schema);
  }

  public static QualifiedName of(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  /** By schema, then name (String order). */
  @Override
  public int compareTo(QualifiedName other) {
    int c = schema.compareTo(other.schema);
    return c != 0 ? c : name.compareTo(other.name);
  }

  // equals and hashCode written out (the values records give): see Column.
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof QualifiedName q && name.equals(q.name) && schema.equals(q.schema);
  }

  @Override
  public int hashCode() {
    return 31 * schema.hashCode() + name.hashCode();
  }

  /** {@code schema.name}, unquoted: for messages, never for SQL. */
  @Override
  public String toString() {
    return schema + "." + name;
  }
}
