package dev.slipway.model;

import java.util.List;

/** A primary key over columns in key order; {@code include} holds PostgreSQL INCLUDE columns. */
public record PrimaryKey(String name, List<String> columns, List<String> include, String comment)
    implements Constraint {
  public PrimaryKey {
    Checks.name(name, "primary key");
    columns = Checks.list(columns);
    include = Checks.list(include);
    if (columns.isEmpty()) throw new InvalidModelException("primary key " + name + " has no columns");
    Checks.unique(columns, "primary key " + name);
  }

  public static PrimaryKey of(String name, String... columns) {
    return new PrimaryKey(name, List.of(columns), List.of(), null);
  }
}
