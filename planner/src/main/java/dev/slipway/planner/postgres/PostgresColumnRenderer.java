package dev.slipway.planner.postgres;

import static dev.slipway.planner.postgres.PostgresIdentifiers.qualified;
import static dev.slipway.planner.postgres.PostgresIdentifiers.quote;

import dev.slipway.model.Column;
import dev.slipway.model.Identity;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.Table;
import dev.slipway.model.change.AlterColumn;
import dev.slipway.model.change.ColumnAspect;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.PlanningException;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ALTER TABLE … ALTER COLUMN}: type changes (binary-coercible ones without a rewrite), defaults,
 * identity, generation, and NOT NULL through a validated CHECK on PostgreSQL 12+.
 */
final class PostgresColumnRenderer {
  private PostgresColumnRenderer() {}

  static List<Statement> render(AlterColumn c, PlanContext ctx, PostgresRenderer.Existing e) {
    Column from = c.from();
    Column to = c.to();
    Table existing = e.table(c.table());
    String alter = "ALTER TABLE " + qualified(c.table()) + " ALTER COLUMN " + quote(to.name());
    List<Statement> out = new ArrayList<>();
    if (c.changes(ColumnAspect.GENERATED) && to.generated() != null) {
      return regenerate(c, ctx, existing, alter);
    }
    if (c.changes(ColumnAspect.IDENTITY) && from.identity() != null && to.identity() == null) {
      out.add(catalog(ctx, c, alter + " DROP IDENTITY"));
    }
    if (c.changes(ColumnAspect.GENERATED) && from.generated() != null) {
      // DROP EXPRESSION keeps the stored values as plain data: postgresql.org/docs/current/sql-altertable.html
      out.add(catalog(ctx, c, alter + " DROP EXPRESSION"));
    }
    // A changed default is dropped before a type change: ALTER … TYPE converts the old default to the new
    // type and fails when it cannot (postgresql.org/docs/current/sql-altertable.html, SET DATA TYPE).
    boolean retype = c.changes(ColumnAspect.TYPE);
    // A default the rules call unchanged still has the old type until the column is converted; PostgreSQL
    // refuses to convert one it cannot cast ("default … cannot be cast automatically"), so a real
    // conversion drops it first and sets it again after.
    boolean resetDefault = retype && from.defaultValue() != null && to.defaultValue() != null
        && !c.changes(ColumnAspect.DEFAULT)
        && !PostgresTypeChange.binaryCoercible(from.type().text(), to.type().text());
    if (resetDefault
        || c.changes(ColumnAspect.DEFAULT) && from.defaultValue() != null && (to.defaultValue() == null || retype)) {
      out.add(catalog(ctx, c, alter + " DROP DEFAULT"));
    }
    if (c.changes(ColumnAspect.TYPE) || c.changes(ColumnAspect.COLLATION)) {
      out.add(PostgresTypeChange.render(c, ctx, existing, alter));
    }
    if ((c.changes(ColumnAspect.DEFAULT) || resetDefault) && to.defaultValue() != null) {
      out.add(catalog(ctx, c, alter + " SET DEFAULT " + PostgresSql.paren(to.defaultValue())));
    }
    if (c.changes(ColumnAspect.NULLABILITY)) {
      if (to.nullable()) {
        out.add(PostgresStatementBuilder.of(ctx, c.subject(), alter + " DROP NOT NULL").lock(LockMode.ACCESS_EXCLUSIVE)
            .hazard(HazardCode.BREAKS_CLIENTS, c.table() + "." + to.name() + " may now hold NULL: deploy readers "
                + "that handle NULL before writers start storing it (expand/contract)")
            .build());
      } else {
        out.addAll(setNotNull(c, ctx, existing, alter));
      }
    }
    if (c.changes(ColumnAspect.NULLABILITY) || c.changes(ColumnAspect.OPTIONS)) {
      out.addAll(PostgresNotNullNames.align(c.table(), from, to, ctx, c.subject()));
    }
    if (c.changes(ColumnAspect.IDENTITY) && to.identity() != null) {
      if (from.identity() == null) {
        out.add(catalog(ctx, c, alter + " ADD " + PostgresSql.identity(to.identity(), to.type().text())));
      } else {
        String changes = identityChanges(from.identity(), to.identity());
        if (!PostgresSql.restartNeeded(from.identity().options(), to.identity().options())) {
          out.add(catalog(ctx, c, alter + changes));
        } else {
          long start = to.identity().options().start();
          out.add(PostgresStatementBuilder.of(ctx, c.subject(), alter + changes + " RESTART WITH " + start)
              .lock(LockMode.ACCESS_EXCLUSIVE)
              .hazard(HazardCode.DATA_DEPENDENT, PostgresSql.restartMessage(c.table() + "." + to.name(), start))
              .build());
        }
      }
    }
    return out;
  }

  private static Statement catalog(PlanContext ctx, AlterColumn c, String sql) {
    return PostgresStatementBuilder.of(ctx, c.subject(), sql).lock(LockMode.ACCESS_EXCLUSIVE).build();
  }

  private static String identityChanges(Identity from, Identity to) {
    StringBuilder b = new StringBuilder();
    if (from.generation() != to.generation()) {
      b.append(" SET GENERATED ").append(to.generation() == Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT");
    }
    SequenceOptions o = to.options();
    SequenceOptions p = from.options();
    if (o.increment() != p.increment()) b.append(" SET INCREMENT BY ").append(o.increment());
    if (o.min() != p.min()) b.append(" SET MINVALUE ").append(o.min());
    if (o.max() != p.max()) b.append(" SET MAXVALUE ").append(o.max());
    if (o.start() != p.start()) b.append(" SET START WITH ").append(o.start());
    if (o.cache() != p.cache()) b.append(" SET CACHE ").append(o.cache());
    if (o.cycle() != p.cycle()) b.append(o.cycle() ? " SET CYCLE" : " SET NO CYCLE");
    if (b.length() == 0) b.append(" SET INCREMENT BY ").append(o.increment()); // data type only: a no-op that keeps SQL valid
    return b.toString();
  }

  /**
   * On PostgreSQL 12+ SET NOT NULL skips its full-table scan when a valid CHECK (col IS NOT NULL) proves
   * it (postgresql.org/docs/current/sql-altertable.html): add the check NOT VALID (brief lock), validate it
   * under SHARE UPDATE EXCLUSIVE in its own transaction, set NOT NULL, drop the helper check.
   */
  private static List<Statement> setNotNull(AlterColumn c, PlanContext ctx, Table existing, String alter) {
    String table = "ALTER TABLE " + qualified(c.table());
    String col = c.to().name();
    if (existing == null) return List.of(catalog(ctx, c, alter + " SET NOT NULL"));
    String desc = PostgresStatementBuilder.describe(existing, c.table().toString());
    if (!ctx.version().atLeast(12)) {
      return List.of(PostgresStatementBuilder.of(ctx, c.subject(), alter + " SET NOT NULL")
          .lock(LockMode.ACCESS_EXCLUSIVE).scans(existing)
          .sized(HazardCode.ACCESS_EXCLUSIVE_LOCK, existing, "scans " + desc + " under ACCESS EXCLUSIVE to check "
              + col + " for NULLs")
          .hazard(HazardCode.VALIDATION_SCAN, "scans every row of " + desc)
          .hazard(HazardCode.DATA_DEPENDENT, "fails if " + c.table() + "." + col + " holds any NULL")
          .build());
    }
    String check = PostgresSql.derivedName(c.table().name() + "_" + col, "_slipway_nn");
    List<Statement> out = new ArrayList<>();
    out.add(PostgresStatementBuilder.of(ctx, c.subject(), table + " ADD CONSTRAINT " + quote(check) + " CHECK ("
        + quote(col) + " IS NOT NULL) NOT VALID").lock(LockMode.ACCESS_EXCLUSIVE).build());
    out.add(PostgresStatementBuilder.of(ctx, c.subject(), table + " VALIDATE CONSTRAINT " + quote(check))
        .lock(LockMode.SHARE_UPDATE_EXCLUSIVE).scans(existing).ownTransaction()
        .hazard(HazardCode.VALIDATION_SCAN, "scans " + desc + " for NULLs in " + col
            + " (reads and writes continue)")
        .hazard(HazardCode.DATA_DEPENDENT, "fails if " + c.table() + "." + col + " holds any NULL")
        .build());
    out.add(catalog(ctx, c, alter + " SET NOT NULL"));
    out.add(catalog(ctx, c, table + " DROP CONSTRAINT " + quote(check)));
    return out;
  }

  /** A changed generation expression: SET EXPRESSION on 17+, otherwise drop and re-add the derived column. */
  private static List<Statement> regenerate(AlterColumn c, PlanContext ctx, Table existing, String alter) {
    Column from = c.from();
    Column to = c.to();
    if (from.generated() == null) {
      throw new PlanningException(c.table() + "." + to.name() + ": PostgreSQL cannot turn an existing column into "
          + "a generated one; add a new generated column and drop the old one");
    }
    String desc = PostgresStatementBuilder.describe(existing, c.table().toString());
    if (ctx.version().atLeast(17) && from.generated().stored() && to.generated().stored()
        && c.aspects().size() == 1) {
      return List.of(PostgresStatementBuilder.of(ctx, c.subject(), alter + " SET EXPRESSION AS ("
          + to.generated().expression().text() + ")").lock(LockMode.ACCESS_EXCLUSIVE).scans(existing)
          .sized(HazardCode.TABLE_REWRITE, existing, "rewrites " + desc + ", under ACCESS EXCLUSIVE, to recompute "
              + to.name())
          .sized(HazardCode.ACCESS_EXCLUSIVE_LOCK, existing, "reads and writes on " + c.table()
              + " are blocked for the whole rewrite")
          .build());
    }
    String table = "ALTER TABLE " + qualified(c.table());
    List<Statement> out = new ArrayList<>();
    out.add(PostgresStatementBuilder.of(ctx, c.subject(), table + " DROP COLUMN " + quote(to.name()))
        .lock(LockMode.ACCESS_EXCLUSIVE)
        .hazard(HazardCode.BREAKS_CLIENTS, "generated column " + c.table() + "." + to.name()
            + " is missing between the drop and the re-add; both run in one transaction").build());
    PostgresStatementBuilder add = PostgresStatementBuilder.of(ctx, c.subject(), table + " ADD COLUMN "
        + PostgresSql.columnDefinition(to, ctx)).lock(LockMode.ACCESS_EXCLUSIVE);
    if (to.generated().stored() && existing != null) {
      add.scans(existing).sized(HazardCode.TABLE_REWRITE, existing, "rewrites " + desc
          + ", under ACCESS EXCLUSIVE, to compute " + to.name())
          .sized(HazardCode.ACCESS_EXCLUSIVE_LOCK, existing, "reads and writes on " + c.table()
              + " are blocked for the whole rewrite");
    }
    out.add(add.build());
    out.addAll(PostgresPolicyRenderer.restore(c.subject(), to.comment(), ctx));
    return out;
  }
}
