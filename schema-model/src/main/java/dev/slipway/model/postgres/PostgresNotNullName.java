package dev.slipway.model.postgres;

import dev.slipway.model.Attr;

/**
 * The name of a column's NOT NULL constraint where it is not the one PostgreSQL 18 would choose for it
 * ({@code <table>_<column>_not_null}). Since 18 every NOT NULL is a named constraint ({@code pg_constraint},
 * {@code contype = 'n'}) that keeps its name when its table or column is renamed, and {@code pg_dump} writes
 * {@code col type CONSTRAINT name NOT NULL} for such names (postgresql.org/docs/18/sql-createtable.html).
 * Columns whose constraint has the default name carry no attribute, so schemas read from older servers or
 * from files that never name one compare equal.
 */
public record PostgresNotNullName(String name) implements Attr {
  /**
   * The name PostgreSQL 18 gives the NOT NULL constraint of {@code column} in {@code table}:
   * {@code makeObjectName(table, column, "not_null")} (without the numeric suffix it adds when the name is taken).
   */
  public static String defaultName(String table, String column) {
    return PostgresObjectNames.make(table, column, "not_null");
  }
}
