package dev.slipway.model;

import java.util.List;

/** A UNIQUE constraint (not a unique index: those are {@link Index} with {@code unique}). */
public record UniqueConstraint(
    String name,
    List<String> columns,
    List<String> include,
    boolean nullsNotDistinct,
    Deferrability deferrability,
    String comment)
    implements Constraint {
  public UniqueConstraint {
    Checks.name(name, "unique constraint");
    columns = Checks.list(columns);
    include = Checks.list(include);
    if (columns.isEmpty()) throw new InvalidModelException("unique constraint " + name + " has no columns");
    Checks.unique(columns, "unique constraint " + name);
    deferrability = deferrability == null ? Deferrability.NOT_DEFERRABLE : deferrability;
  }

  public static UniqueConstraint of(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns), List.of(), false, Deferrability.NOT_DEFERRABLE, null);
  }
}
