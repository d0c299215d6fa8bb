package dev.slipway.planner.postgres;

import static dev.slipway.planner.postgres.PostgresIdentifiers.qualified;
import static dev.slipway.planner.postgres.PostgresIdentifiers.quote;

import dev.slipway.model.Index;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Table;
import dev.slipway.model.change.AddIndex;
import dev.slipway.model.change.Change;
import dev.slipway.model.change.DropIndex;
import dev.slipway.model.change.RenameIndex;
import dev.slipway.model.change.ReplaceIndex;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes. On a table that already has rows, builds and drops run CONCURRENTLY (SHARE UPDATE EXCLUSIVE,
 * reads and writes continue) outside any transaction, because "CREATE INDEX CONCURRENTLY cannot be executed
 * inside a transaction block" (postgresql.org/docs/current/sql-createindex.html). A changed or invalid index
 * is rebuilt under a temporary name, the old one dropped, the new one renamed, so queries always have one.
 * Partitioned parents cannot build concurrently, so they get the plain, write-blocking form, flagged.
 */
final class PostgresIndexRenderer {
  private PostgresIndexRenderer() {}

  static List<Statement> render(Change change, PlanContext ctx, PostgresRenderer.Existing e) {
    if (change instanceof AddIndex c) return List.of(create(c.table(), c.index(), c.index().name(), c.subject(), ctx, e));
    if (change instanceof DropIndex c) return List.of(drop(c.table(), c.index(), c.subject(), ctx, e));
    if (change instanceof RenameIndex c) {
      // ALTER INDEX … RENAME takes SHARE UPDATE EXCLUSIVE since PostgreSQL 12: postgresql.org/docs/12/sql-alterindex.html
      return List.of(PostgresStatementBuilder.of(ctx, c.subject(), "ALTER INDEX " + qualified(
              new QualifiedName(c.table().schema(), c.from())) + " RENAME TO " + quote(c.to()))
          .lock(ctx.version().atLeast(12) ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE).build());
    }
    ReplaceIndex c = (ReplaceIndex) change;
    List<Statement> out = new ArrayList<>();
    if (!concurrent(c.table(), e)) {
      out.add(drop(c.table(), c.from(), c.subject(), ctx, e));
      out.add(create(c.table(), c.to(), c.to().name(), c.subject(), ctx, e));
      out.addAll(PostgresPolicyRenderer.restore(c.subject(), c.to().comment(), ctx));
      return out;
    }
    String temp = PostgresSql.derivedName(c.to().name(), "_slipway_new");
    out.add(create(c.table(), c.to(), temp, c.subject(), ctx, e));
    out.add(drop(c.table(), c.from(), c.subject(), ctx, e));
    out.add(PostgresStatementBuilder.of(ctx, c.subject(), "ALTER INDEX "
            + qualified(new QualifiedName(c.table().schema(), temp)) + " RENAME TO " + quote(c.to().name()))
        .lock(ctx.version().atLeast(12) ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE).build());
    out.addAll(PostgresPolicyRenderer.restore(c.subject(), c.to().comment(), ctx));
    return out;
  }

  /** Whether the relation exists with rows and is not a partitioned parent (which cannot use CONCURRENTLY). */
  static boolean concurrent(QualifiedName table, PostgresRenderer.Existing e) {
    if (!e.exists(table)) return false;
    Table t = e.table(table);
    return t == null || t.partitioning() == null;
  }

  static Statement create(QualifiedName table, Index index, String name, ObjectRef subject, PlanContext ctx,
      PostgresRenderer.Existing e) {
    Table existing = e.table(table);
    if (!e.exists(table)) {
      // A new table is empty and nobody uses it yet: the plain build is instant.
      return PostgresStatementBuilder.of(ctx, subject, PostgresSql.createIndex(table, index, name, false, false, ctx))
          .lock(LockMode.SHARE).build();
    }
    String desc = PostgresStatementBuilder.describe(existing, table.toString());
    if (!concurrent(table, e)) {
      PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, subject,
          PostgresSql.createIndex(table, index, name, false, false, ctx))
          .lock(LockMode.SHARE).scans(existing)
          .hazard(HazardCode.INDEX_BUILD, "builds index " + name + " on " + desc)
          .hazard(HazardCode.BLOCKS_WRITES, "writes to partitioned table " + table + " are blocked while the index "
              + "builds (CONCURRENTLY is not supported on partitioned tables)");
      if (index.unique()) b.hazard(HazardCode.DATA_DEPENDENT, "fails if " + table + " has duplicate keys");
      return b.build();
    }
    PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, subject,
        PostgresSql.createIndex(table, index, name, true, false, ctx))
        .lock(LockMode.SHARE_UPDATE_EXCLUSIVE).scans(existing).nonTransactional()
        .hazard(HazardCode.INDEX_BUILD, "builds index " + name + " on " + desc
            + " concurrently: reads and writes continue, at the cost of I/O and CPU");
    if (index.unique()) b.hazard(HazardCode.DATA_DEPENDENT, "fails if " + table + " has duplicate keys");
    if (ctx.version().major() == 14 && !ctx.version().atLeast(14, 4)) {
      // postgresql.org/docs/release/14.4/: concurrent builds on 14.0–14.3 can miss rows (silent corruption).
      b.hazard(HazardCode.INDEX_BUILD, "PostgreSQL " + ctx.version() + " can build a corrupt index CONCURRENTLY;"
          + " upgrade to 14.4 or later first");
    }
    return b.build();
  }

  static Statement drop(QualifiedName table, Index index, ObjectRef subject, PlanContext ctx,
      PostgresRenderer.Existing e) {
    String name = qualified(new QualifiedName(table.schema(), index.name()));
    String why = "drops index " + index.name() + " on " + table + "; queries that used it may slow down";
    if (!concurrent(table, e)) {
      return PostgresStatementBuilder.of(ctx, subject, "DROP INDEX " + name).lock(LockMode.ACCESS_EXCLUSIVE)
          .hazard(HazardCode.INDEX_DROPPED, why).build();
    }
    // DROP INDEX CONCURRENTLY waits for running queries instead of blocking them: postgresql.org/docs/current/sql-dropindex.html
    return PostgresStatementBuilder.of(ctx, subject, "DROP INDEX CONCURRENTLY " + name)
        .lock(LockMode.SHARE_UPDATE_EXCLUSIVE).scans(e.table(table))
        .notTransactional("runs outside a transaction (CONCURRENTLY) and waits for queries using the index")
        .hazard(HazardCode.INDEX_DROPPED, why).build();
  }
}
