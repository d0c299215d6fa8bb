package dev.slipway.planner.postgres;

import static dev.slipway.planner.postgres.PostgresIdentifiers.qualified;
import static dev.slipway.planner.postgres.PostgresIdentifiers.quote;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Constraint;
import dev.slipway.model.Deferrability;
import dev.slipway.model.ExclusionConstraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Table;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.change.AddConstraint;
import dev.slipway.model.change.Change;
import dev.slipway.model.change.DropConstraint;
import dev.slipway.model.change.ValidateConstraint;
import dev.slipway.planner.ForeignKeys;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Constraints on tables with rows: UNIQUE / PRIMARY KEY from an index built concurrently
 * ({@code ADD CONSTRAINT … USING INDEX}); CHECK and FOREIGN KEY added {@code NOT VALID} (a brief lock) and
 * validated by a separate statement in its own transaction under SHARE UPDATE EXCLUSIVE
 * (postgresql.org/docs/current/sql-altertable.html, "ADD table_constraint … NOT VALID").
 */
final class PostgresConstraintRenderer {
  private PostgresConstraintRenderer() {}

  static List<Statement> render(Change change, PlanContext ctx, PostgresRenderer.Existing e) {
    if (change instanceof AddConstraint c) return add(c, ctx, e);
    if (change instanceof ValidateConstraint c) {
      return List.of(validate(c.table(), c.constraint(), c.subject(), ctx, e.table(c.table())));
    }
    DropConstraint c = (DropConstraint) change;
    PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, c.subject(), "ALTER TABLE " + qualified(c.table())
        + " DROP CONSTRAINT " + quote(c.constraint().name())).lock(LockMode.ACCESS_EXCLUSIVE);
    if (c.constraint() instanceof PrimaryKey || c.constraint() instanceof UniqueConstraint
        || c.constraint() instanceof ExclusionConstraint) {
      b.hazard(HazardCode.INDEX_DROPPED, "drops the index behind constraint " + c.constraint().name() + " on "
          + c.table() + "; queries that used it may slow down");
    }
    return List.of(b.build());
  }

  private static List<Statement> add(AddConstraint c, PlanContext ctx, PostgresRenderer.Existing e) {
    Constraint k = c.constraint();
    QualifiedName t = c.table();
    Table existing = e.table(t);
    String alter = "ALTER TABLE " + qualified(t) + " ADD " + PostgresSql.constraintDefinition(k, ctx);
    if (existing == null) {
      // New table: no rows to check, nobody to block. A FK still locks the referenced table briefly.
      LockMode lock = k instanceof ForeignKey fk && e.exists(fk.referencedTable())
          ? LockMode.SHARE_ROW_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
      return List.of(PostgresStatementBuilder.of(ctx, c.subject(), alter).lock(lock).build());
    }
    if (k instanceof ForeignKey to) {
      for (Constraint had : existing.constraints()) {
        if (had instanceof ForeignKey from && ForeignKeys.onlyDeferrabilityDiffers(from, to)) {
          // Deferrability of a foreign key changes in the catalog: postgresql.org/docs/current/sql-altertable.html
          String d = to.deferrability() == Deferrability.NOT_DEFERRABLE ? " NOT DEFERRABLE"
              : PostgresSql.deferrability(to.deferrability());
          return List.of(PostgresStatementBuilder.of(ctx, c.subject(), "ALTER TABLE " + qualified(t)
              + " ALTER CONSTRAINT " + quote(k.name()) + d).lock(LockMode.ACCESS_EXCLUSIVE).build());
        }
      }
    }
    String desc = PostgresStatementBuilder.describe(existing, t.toString());
    boolean partitioned = existing.partitioning() != null;
    if ((k instanceof PrimaryKey || k instanceof UniqueConstraint) && !partitioned) {
      return indexBacked(c, ctx, e);
    }
    if (k instanceof CheckConstraint || (k instanceof ForeignKey && !partitioned)) {
      LockMode lock = k instanceof ForeignKey ? LockMode.SHARE_ROW_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
      List<Statement> out = new ArrayList<>();
      out.add(PostgresStatementBuilder.of(ctx, c.subject(), alter + " NOT VALID").lock(lock)
          .hazard(HazardCode.DATA_DEPENDENT, "new rows must satisfy " + k.name() + " from now on; writes that "
              + "violate it fail")
          .build());
      if (k.valid()) out.add(validate(t, k, c.subject(), ctx, existing));
      return out;
    }
    // Partitioned tables cannot take NOT VALID foreign keys or USING INDEX; exclusion constraints have no
    // USING INDEX form: the constraint is added and checked in one statement.
    PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, c.subject(), alter).scans(existing)
        .hazard(HazardCode.DATA_DEPENDENT, "fails if existing rows of " + t + " violate " + k.name());
    if (k instanceof ForeignKey) {
      b.lock(LockMode.SHARE_ROW_EXCLUSIVE)
          .hazard(HazardCode.BLOCKS_WRITES, "writes to " + t + " and the referenced table are blocked while "
              + desc + " is validated (NOT VALID is not allowed on partitioned tables)")
          .hazard(HazardCode.VALIDATION_SCAN, "scans every row of " + desc);
    } else {
      b.lock(LockMode.ACCESS_EXCLUSIVE)
          .sized(HazardCode.ACCESS_EXCLUSIVE_LOCK, existing, "reads and writes on " + t
              + " are blocked while the index behind " + k.name() + " is built over " + desc)
          .hazard(HazardCode.INDEX_BUILD, "builds the index behind " + k.name() + " on " + desc);
    }
    return List.of(b.build());
  }

  private static List<Statement> indexBacked(AddConstraint c, PlanContext ctx, PostgresRenderer.Existing e) {
    Constraint k = c.constraint();
    List<String> columns;
    List<String> include;
    boolean nullsNotDistinct = false;
    String deferrable = "";
    String kind;
    if (k instanceof PrimaryKey pk) {
      columns = pk.columns();
      include = pk.include();
      kind = "PRIMARY KEY";
    } else {
      UniqueConstraint u = (UniqueConstraint) k;
      columns = u.columns();
      include = u.include();
      nullsNotDistinct = u.nullsNotDistinct();
      deferrable = PostgresSql.deferrability(u.deferrability());
      kind = "UNIQUE";
    }
    List<IndexKey> keys = columns.stream().map(IndexKey::column).toList();
    Index index = new Index(k.name(), keys, "btree", true, nullsNotDistinct, include, null, List.of(), true, null,
        List.of());
    List<Statement> out = new ArrayList<>();
    out.add(PostgresIndexRenderer.create(c.table(), index, k.name(), c.subject(), ctx, e));
    // USING INDEX turns the finished index into the constraint without another scan:
    // postgresql.org/docs/current/sql-altertable.html ("ADD table_constraint_using_index").
    out.add(PostgresStatementBuilder.of(ctx, c.subject(), "ALTER TABLE " + qualified(c.table()) + " ADD CONSTRAINT "
        + quote(k.name()) + " " + kind + " USING INDEX " + quote(k.name()) + deferrable)
        .lock(LockMode.ACCESS_EXCLUSIVE).build());
    return out;
  }

  static Statement validate(QualifiedName t, Constraint k, ObjectRef subject, PlanContext ctx, Table existing) {
    String desc = PostgresStatementBuilder.describe(existing, t.toString());
    // VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE (ROW SHARE on a referenced table): reads and writes go on.
    return PostgresStatementBuilder.of(ctx, subject, "ALTER TABLE " + qualified(t) + " VALIDATE CONSTRAINT "
            + quote(k.name()))
        .lock(LockMode.SHARE_UPDATE_EXCLUSIVE).scans(existing).ownTransaction()
        .hazard(HazardCode.VALIDATION_SCAN, "scans " + desc + " to validate " + k.name()
            + " (reads and writes continue)")
        .hazard(HazardCode.DATA_DEPENDENT, "fails if existing rows of " + t + " violate " + k.name())
        .build();
  }
}
