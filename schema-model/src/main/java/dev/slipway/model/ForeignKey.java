package dev.slipway.model;

import java.util.List;

/** A FOREIGN KEY; the referenced table is named, never held (the model has no back-pointers). */
public record ForeignKey(
    String name,
    List<String> columns,
    QualifiedName referencedTable,
    List<String> referencedColumns,
    Action onUpdate,
    Action onDelete,
    Match match,
    Deferrability deferrability,
    boolean valid,
    String comment)
    implements Constraint {

  /** Referential actions. */
  public enum Action { NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT }

  /** MATCH type (PostgreSQL). */
  public enum Match { SIMPLE, FULL, PARTIAL }

  public ForeignKey {
    Checks.name(name, "foreign key");
    columns = Checks.list(columns);
    referencedColumns = Checks.list(referencedColumns);
    Checks.required(referencedTable, "referenced table of foreign key " + name);
    if (columns.isEmpty()) throw new InvalidModelException("foreign key " + name + " has no columns");
    if (columns.size() != referencedColumns.size()) {
      throw new InvalidModelException("foreign key " + name + " has " + columns.size()
          + " columns but references " + referencedColumns.size());
    }
    onUpdate = onUpdate == null ? Action.NO_ACTION : onUpdate;
    onDelete = onDelete == null ? Action.NO_ACTION : onDelete;
    match = match == null ? Match.SIMPLE : match;
    deferrability = deferrability == null ? Deferrability.NOT_DEFERRABLE : deferrability;
  }

  public static ForeignKey of(String name, List<String> columns, QualifiedName table, List<String> refColumns) {
    return new ForeignKey(name, columns, table, refColumns, Action.NO_ACTION, Action.NO_ACTION,
        Match.SIMPLE, Deferrability.NOT_DEFERRABLE, true, null);
  }
}
