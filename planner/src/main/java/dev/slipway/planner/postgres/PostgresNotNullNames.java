package dev.slipway.planner.postgres;

import static dev.slipway.planner.postgres.PostgresIdentifiers.qualified;
import static dev.slipway.planner.postgres.PostgresIdentifiers.quote;

import dev.slipway.model.Column;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Table;
import dev.slipway.model.postgres.PostgresNotNullName;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of NOT NULL constraints on PostgreSQL 18+, where each is a named constraint that keeps its name
 * through table and column renames (postgresql.org/docs/18/sql-altertable.html). The plan keeps one rule:
 * after each of its renames, a constraint that had the default name has the default name of the new table
 * or column; a constraint named otherwise keeps its name; and a column whose desired name differs from the
 * one it has then gets {@code RENAME CONSTRAINT}.
 */
final class PostgresNotNullNames {
  private PostgresNotNullNames() {}

  /** The name the NOT NULL constraint of {@code c} in {@code table} has (or will have): its own, or the default. */
  static String of(QualifiedName table, Column c) {
    return c.findAttr(PostgresNotNullName.class).map(PostgresNotNullName::name)
        .orElseGet(() -> PostgresNotNullName.defaultName(table.name(), c.name()));
  }

  /** After a table rename on 18+: default-named NOT NULL constraints take the new table's default names. */
  static List<Statement> afterTableRename(QualifiedName from, QualifiedName to, Table existing, PlanContext ctx,
      ObjectRef subject) {
    List<Statement> out = new ArrayList<>();
    if (existing == null || !ctx.version().atLeast(18) || from.name().equals(to.name())) return out;
    for (Column c : existing.columns()) {
      if (c.nullable() || c.findAttr(PostgresNotNullName.class).isPresent()) continue;
      out.add(rename(ctx, subject, to, PostgresNotNullName.defaultName(from.name(), c.name()),
          PostgresNotNullName.defaultName(to.name(), c.name())));
    }
    return out;
  }

  /** After a column rename on 18+: a default-named NOT NULL constraint takes the new column's default name. */
  static List<Statement> afterColumnRename(QualifiedName table, String from, String to, Table existing, PlanContext ctx,
      ObjectRef subject) {
    if (existing == null || !ctx.version().atLeast(18)) return List.of();
    Column c = existing.findColumn(from).orElse(null);
    if (c == null || c.nullable() || c.findAttr(PostgresNotNullName.class).isPresent()) return List.of();
    return List.of(rename(ctx, subject, table, PostgresNotNullName.defaultName(table.name(), from),
        PostgresNotNullName.defaultName(table.name(), to)));
  }

  /** The column's NOT NULL constraint renamed from what it has to what desired names it, where they differ. */
  static List<Statement> align(QualifiedName table, Column from, Column to, PlanContext ctx, ObjectRef subject) {
    if (to.nullable() || !ctx.version().atLeast(18)) return List.of();
    // SET NOT NULL (from a nullable column) creates the constraint under the default name.
    String has = from.nullable() ? PostgresNotNullName.defaultName(table.name(), to.name()) : of(table, from.withName(to.name()));
    String want = of(table, to);
    return has.equals(want) ? List.of() : List.of(rename(ctx, subject, table, has, want));
  }

  private static Statement rename(PlanContext ctx, ObjectRef subject, QualifiedName table, String from, String to) {
    return PostgresStatementBuilder.of(ctx, subject, "ALTER TABLE " + qualified(table) + " RENAME CONSTRAINT "
        + quote(from) + " TO " + quote(to)).lock(LockMode.ACCESS_EXCLUSIVE).build();
  }
}
