package dev.slipway.model;

import java.util.Comparator;

/**
 * A schema-qualified object name, exactly as the engine stores it (case preserved, unquoted).
 * On MySQL the schema is the database.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
  private static final Comparator<QualifiedName> ORDER =
      Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

  public QualifiedName {
    Checks.name(schema, "schema of " + name);
    Checks.name(name, "object in schema " + schema);
  }

  public static QualifiedName of(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  @Override
  public int compareTo(QualifiedName other) {
    return ORDER.compare(this, other);
  }

  /** {@code schema.name}, unquoted: for messages, never for SQL. */
  @Override
  public String toString() {
    return schema + "." + name;
  }
}
