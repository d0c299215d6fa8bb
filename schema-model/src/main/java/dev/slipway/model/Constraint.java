package dev.slipway.model;

/**
 * A table constraint. Constraints are identified by name within their table; an index that backs a
 * PRIMARY KEY or UNIQUE constraint belongs to the constraint and is not listed among the table's indexes.
 */
public sealed interface Constraint
    permits PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey, ExclusionConstraint {
  String name();

  /** Whether existing rows have been checked ({@code false} after {@code ADD … NOT VALID}). */
  default boolean valid() {
    return true;
  }

  /** The constraint's comment, or {@code null}. */
  String comment();
}
