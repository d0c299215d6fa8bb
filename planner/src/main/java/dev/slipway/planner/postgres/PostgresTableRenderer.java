package dev.slipway.planner.postgres;

import static dev.slipway.planner.postgres.PostgresIdentifiers.qualified;
import static dev.slipway.planner.postgres.PostgresIdentifiers.quote;

import dev.slipway.model.Attr;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.Partitioning;
import dev.slipway.model.Policy;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.change.*;
import dev.slipway.model.postgres.PostgresTableOptions;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tables and their columns: CREATE/DROP/RENAME TABLE, options, RLS flags, ADD/DROP/RENAME COLUMN. */
final class PostgresTableRenderer {
  private PostgresTableRenderer() {}

  /** Functions whose value differs per row: a default calling one makes ADD COLUMN rewrite the table
   * (postgresql.org/docs/current/sql-altertable.html, "Notes"); now() is stable, so it does not. */
  private static final Pattern VOLATILE = Pattern.compile(
      "(?i)\\b(nextval|clock_timestamp|random|gen_random_uuid|uuid_generate_v[14]|uuidv[47]|timeofday|"
          + "statement_timestamp|txid_current|setseed|random_normal)\\s*\\(");

  static List<Statement> render(Change change, PlanContext ctx, PostgresRenderer.Existing e) {
    if (change instanceof AddTable c) return createTable(c.table(), ctx, e);
    if (change instanceof DropTable c) return List.of(dropTable(c, ctx));
    if (change instanceof RenameTable c) {
      List<Statement> out = new ArrayList<>(List.of(renameTable(c, ctx, e)));
      out.addAll(PostgresNotNullNames.afterTableRename(c.from(), c.to(), e.table(c.from()), ctx, c.subject()));
      return out;
    }
    if (change instanceof AlterTableOptions c) return alterOptions(c, ctx, e);
    if (change instanceof SetRowSecurity c) {
      // Only the flag that changed: the other statement would take the same lock for nothing.
      Table had = e.table(c.table());
      List<Statement> both = rowSecurity(c, ctx);
      List<Statement> out = new ArrayList<>();
      if (had == null || had.rowSecurity() != c.enabled()) out.add(both.get(0));
      if (had == null || had.forceRowSecurity() != c.forced()) out.add(both.get(1));
      return out.isEmpty() ? both : out;
    }
    if (change instanceof AddColumn c) return List.of(addColumn(c, ctx, e));
    if (change instanceof DropColumn c) return List.of(dropColumn(c, ctx, e));
    RenameColumn c = (RenameColumn) change;
    List<Statement> out = new ArrayList<>();
    out.add(PostgresStatementBuilder.of(ctx, c.subject(), "ALTER TABLE " + qualified(c.table())
        + " RENAME COLUMN " + quote(c.from()) + " TO " + quote(c.to()))
        .lock(LockMode.ACCESS_EXCLUSIVE)
        .hazard(HazardCode.BREAKS_CLIENTS, "renames column " + c.table() + "." + c.from() + " to " + c.to()
            + ": running code that uses the old name fails; to avoid it, add the new column, dual-write, "
            + "switch readers, then drop the old one (expand/contract)")
        .build());
    out.addAll(PostgresNotNullNames.afterColumnRename(c.table(), c.from(), c.to(), e.table(c.table()), ctx, c.subject()));
    return out;
  }

  static PostgresTableOptions options(List<Attr> attrs) {
    for (Attr a : attrs) if (a instanceof PostgresTableOptions o) return o;
    return PostgresTableOptions.DEFAULT;
  }

  static List<Statement> createTable(Table t, PlanContext ctx, PostgresRenderer.Existing e) {
    List<Statement> out = new ArrayList<>();
    PostgresTableOptions o = options(t.attrs());
    StringBuilder b = new StringBuilder("CREATE ");
    if (o.unlogged()) b.append("UNLOGGED ");
    b.append("TABLE ").append(qualified(t.name()));
    LockMode lock = LockMode.NONE;
    List<String> parts = new ArrayList<>();
    Set<QualifiedName> referenced = new HashSet<>();
    if (t.partitionOf() != null) {
      // Columns come from the parent; only the partition's own constraints are listed.
      for (Constraint c : t.constraints()) {
        if (!(c instanceof ForeignKey)) parts.add(PostgresSql.constraintDefinition(c, ctx));
      }
      b.append(" PARTITION OF ").append(qualified(t.partitionOf().parent()));
      if (!parts.isEmpty()) b.append(" (").append(String.join(", ", parts)).append(')');
      b.append(' ').append(t.partitionOf().bound());
      // CREATE TABLE … PARTITION OF locks the parent ACCESS EXCLUSIVE: postgresql.org/docs/current/sql-createtable.html
      if (e.exists(t.partitionOf().parent())) lock = LockMode.ACCESS_EXCLUSIVE;
    } else {
      for (Column c : t.columns()) parts.add(PostgresSql.columnDefinition(c, ctx));
      for (Constraint c : t.constraints()) {
        if (!c.valid()) continue; // added NOT VALID after the table: CREATE TABLE always validates
        parts.add(PostgresSql.constraintDefinition(c, ctx));
        if (c instanceof ForeignKey fk && e.exists(fk.referencedTable())) referenced.add(fk.referencedTable());
      }
      b.append(" (").append(parts.isEmpty() ? "" : "\n  " + String.join(",\n  ", parts) + "\n").append(')');
    }
    if (t.partitioning() != null) b.append(' ').append(partitionBy(t));
    if (!o.storageParameters().isEmpty()) b.append(" WITH (").append(String.join(", ", o.storageParameters())).append(')');
    // A foreign key to an existing table takes SHARE ROW EXCLUSIVE on it: postgresql.org/docs/current/sql-altertable.html
    if (!referenced.isEmpty() && lock == LockMode.NONE) lock = LockMode.SHARE_ROW_EXCLUSIVE;
    PostgresStatementBuilder create = PostgresStatementBuilder.of(ctx, ObjectRef.table(t.name()), b.toString())
        .lock(lock);
    if (t.partitionOf() != null) defaultPartitionScan(t, e, create);
    out.add(create.build());
    if (t.partitionOf() == null) {
      for (Constraint c : t.constraints()) {
        if (c.valid()) continue;
        // The desired schema keeps this constraint unvalidated (existing rows were never checked): the new,
        // empty table gets it the same way, so the next plan sees no difference.
        out.add(PostgresStatementBuilder.of(ctx, ObjectRef.member(ObjectKind.CONSTRAINT, t.name(), c.name()),
            "ALTER TABLE " + qualified(t.name()) + " ADD " + PostgresSql.constraintDefinition(c, ctx) + " NOT VALID")
            .lock(c instanceof ForeignKey ? LockMode.SHARE_ROW_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE).build());
      }
    }
    for (Index i : t.indexes()) {
      out.add(PostgresStatementBuilder.of(ctx, ObjectRef.member(ObjectKind.INDEX, t.name(), i.name()),
          PostgresSql.createIndex(t.name(), i, i.name(), false, false, ctx)).lock(LockMode.SHARE).build());
    }
    if (o.replicaIdentity() != 'd' && o.replicaIdentity() != 'i') {
      out.add(PostgresStatementBuilder.of(ctx, ObjectRef.table(t.name()), "ALTER TABLE " + qualified(t.name())
          + " REPLICA IDENTITY " + replicaIdentity(o.replicaIdentity())).lock(LockMode.ACCESS_EXCLUSIVE).build());
    }
    for (Trigger g : t.triggers()) out.addAll(PostgresObjectRenderer.createTrigger(t.name(), g, ctx));
    for (Policy p : t.policies()) out.add(PostgresPolicyRenderer.createPolicy(t.name(), p, ctx));
    // A new table starts with RLS disabled and not forced: emit only what differs from that.
    List<Statement> rls = rowSecurity(new SetRowSecurity(t.name(), t.rowSecurity(), t.forceRowSecurity()), ctx);
    if (t.rowSecurity()) out.add(rls.get(0));
    if (t.forceRowSecurity()) out.add(rls.get(1));
    return out;
  }

  /**
   * A new partition must not match rows already in the DEFAULT partition, so PostgreSQL scans it while the
   * parent is locked (postgresql.org/docs/current/sql-createtable.html, PARTITION OF).
   */
  private static void defaultPartitionScan(Table t, PostgresRenderer.Existing e, PostgresStatementBuilder b) {
    for (Table other : e.current.tables()) {
      if (other.partitionOf() != null && other.partitionOf().parent().equals(t.partitionOf().parent())
          && other.partitionOf().bound().strip().equalsIgnoreCase("DEFAULT")) {
        String desc = PostgresStatementBuilder.describe(other, other.name().toString());
        b.scans(other).sized(HazardCode.ACCESS_EXCLUSIVE_LOCK, other, "scans default partition " + desc
            + " while " + t.partitionOf().parent() + " is locked ACCESS EXCLUSIVE");
      }
    }
  }

  private static String replicaIdentity(char c) {
    return c == 'f' ? "FULL" : c == 'n' ? "NOTHING" : "DEFAULT";
  }

  /** A key naming a column is quoted like any identifier; anything else is an expression in parentheses. */
  private static String partitionBy(Table t) {
    Partitioning p = t.partitioning();
    List<String> keys = new ArrayList<>();
    for (String k : p.keys()) {
      if (t.findColumn(k).isPresent()) {
        keys.add(quote(k));
      } else {
        keys.add(k.startsWith("(") || k.startsWith("\"") ? k : "(" + k + ")");
      }
    }
    return "PARTITION BY " + p.strategy().name() + " (" + String.join(", ", keys) + ")";
  }

  private static Statement dropTable(DropTable c, PlanContext ctx) {
    Table t = c.table();
    // Dropping may unlink many files: size the timeout like a scan.
    return PostgresStatementBuilder.of(ctx, c.subject(), "DROP TABLE " + qualified(t.name()))
        .lock(LockMode.ACCESS_EXCLUSIVE).scans(t)
        .hazard(HazardCode.DELETES_DATA, "drops table " + PostgresStatementBuilder.describe(t, t.name().toString())
            + " and all its rows")
        .hazard(HazardCode.BREAKS_CLIENTS, "running code that still reads or writes " + t.name()
            + " fails; stop using it in the application first (expand/contract)")
        .build();
  }

  private static Statement renameTable(RenameTable c, PlanContext ctx, PostgresRenderer.Existing e) {
    String sql = c.from().schema().equals(c.to().schema())
        ? "ALTER TABLE " + qualified(c.from()) + " RENAME TO " + quote(c.to().name())
        : "ALTER TABLE " + qualified(c.from()) + " SET SCHEMA " + quote(c.to().schema());
    return PostgresStatementBuilder.of(ctx, c.subject(), sql).lock(LockMode.ACCESS_EXCLUSIVE)
        .hazard(HazardCode.BREAKS_CLIENTS, "renames table " + c.from() + " to " + c.to()
            + ": running code that uses the old name fails; a view named " + c.from()
            + " over the new table bridges the switch-over (expand/contract)")
        .build();
  }

  private static List<Statement> alterOptions(AlterTableOptions c, PlanContext ctx, PostgresRenderer.Existing e) {
    PostgresTableOptions from = options(c.from());
    PostgresTableOptions to = options(c.to());
    List<Statement> out = new ArrayList<>();
    String table = "ALTER TABLE " + qualified(c.table());
    Table existing = e.table(c.table());
    if (from.unlogged() != to.unlogged()) {
      String desc = PostgresStatementBuilder.describe(existing, c.table().toString());
      out.add(PostgresStatementBuilder.of(ctx, c.subject(), table + (to.unlogged() ? " SET UNLOGGED" : " SET LOGGED"))
          .lock(LockMode.ACCESS_EXCLUSIVE).scans(existing)
          .sized(HazardCode.TABLE_REWRITE, existing, "rewrites " + desc + ", under ACCESS EXCLUSIVE")
          .sized(HazardCode.ACCESS_EXCLUSIVE_LOCK, existing, "reads and writes on " + c.table()
              + " are blocked for the whole rewrite")
          .build());
    }
    if (!from.storageParameters().equals(to.storageParameters())) {
      List<String> reset = new ArrayList<>();
      for (String p : from.storageParameters()) {
        String key = p.contains("=") ? p.substring(0, p.indexOf('=')).strip() : p;
        boolean kept = to.storageParameters().stream().anyMatch(q -> q.startsWith(key + "="));
        if (!kept) reset.add(key);
      }
      // SET/RESET of fillfactor, autovacuum and toast parameters take SHARE UPDATE EXCLUSIVE:
      // postgresql.org/docs/current/sql-altertable.html
      if (!reset.isEmpty()) {
        out.add(PostgresStatementBuilder.of(ctx, c.subject(), table + " RESET (" + String.join(", ", reset) + ")")
            .lock(LockMode.SHARE_UPDATE_EXCLUSIVE).build());
      }
      if (!to.storageParameters().isEmpty()) {
        out.add(PostgresStatementBuilder.of(ctx, c.subject(),
            table + " SET (" + String.join(", ", to.storageParameters()) + ")")
            .lock(LockMode.SHARE_UPDATE_EXCLUSIVE).build());
      }
    }
    if (from.replicaIdentity() != to.replicaIdentity() && to.replicaIdentity() != 'i') {
      out.add(PostgresStatementBuilder.of(ctx, c.subject(), table + " REPLICA IDENTITY "
          + replicaIdentity(to.replicaIdentity())).lock(LockMode.ACCESS_EXCLUSIVE)
          .hazard(HazardCode.BREAKS_CLIENTS, "changes what logical replication consumers of " + c.table()
              + " receive for updates and deletes").build());
    }
    return out;
  }

  static List<Statement> rowSecurity(SetRowSecurity c, PlanContext ctx) {
    String table = "ALTER TABLE " + qualified(c.table());
    String message = (c.enabled() ? "enables" : "disables") + " row-level security on " + c.table()
        + (c.enabled() ? ": rows without a matching policy become invisible to non-owners"
            : ": every row becomes visible to roles with table privileges");
    List<Statement> out = new ArrayList<>();
    out.add(PostgresStatementBuilder.of(ctx, c.subject(),
        table + (c.enabled() ? " ENABLE ROW LEVEL SECURITY" : " DISABLE ROW LEVEL SECURITY"))
        .lock(LockMode.ACCESS_EXCLUSIVE).hazard(HazardCode.AUTHZ_CHANGE, message).build());
    out.add(PostgresStatementBuilder.of(ctx, c.subject(),
        table + (c.forced() ? " FORCE ROW LEVEL SECURITY" : " NO FORCE ROW LEVEL SECURITY"))
        .lock(LockMode.ACCESS_EXCLUSIVE).hazard(HazardCode.AUTHZ_CHANGE, (c.forced() ? "forces" : "stops forcing")
            + " row-level security on " + c.table() + " for the table owner").build());
    return out;
  }

  private static Statement addColumn(AddColumn c, PlanContext ctx, PostgresRenderer.Existing e) {
    Column col = c.column();
    Table existing = e.table(c.table());
    PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, c.subject(), "ALTER TABLE " + qualified(c.table())
        + " ADD COLUMN " + PostgresSql.columnDefinition(col, ctx)).lock(LockMode.ACCESS_EXCLUSIVE);
    if (existing == null) return b.build();
    String desc = PostgresStatementBuilder.describe(existing, c.table().toString());
    String why = null;
    if (col.defaultValue() != null && VOLATILE.matcher(col.defaultValue().text()).find()) {
      why = "the volatile default " + col.defaultValue().text() + " is computed for every existing row";
    } else if (col.identity() != null) {
      why = "an identity column is filled for every existing row";
    } else if (col.generated() != null && col.generated().stored()) {
      why = "a stored generated column is computed for every existing row";
    }
    if (why != null) {
      b.scans(existing)
          .sized(HazardCode.TABLE_REWRITE, existing, "rewrites " + desc + ", under ACCESS EXCLUSIVE: " + why)
          .sized(HazardCode.ACCESS_EXCLUSIVE_LOCK, existing, "reads and writes on " + c.table()
              + " are blocked for the whole rewrite; add the column without the default, backfill in batches, "
              + "then set the default");
    }
    if (!col.nullable() && col.defaultValue() == null && col.identity() == null && col.generated() == null) {
      b.hazard(HazardCode.DATA_DEPENDENT, "adds NOT NULL column " + col.name() + " without a default: fails if "
          + c.table() + " has any rows");
    }
    return b.build();
  }

  private static Statement dropColumn(DropColumn c, PlanContext ctx, PostgresRenderer.Existing e) {
    Table existing = e.table(c.table());
    return PostgresStatementBuilder.of(ctx, c.subject(), "ALTER TABLE " + qualified(c.table()) + " DROP COLUMN "
        + quote(c.column().name()))
        .lock(LockMode.ACCESS_EXCLUSIVE)
        .hazard(HazardCode.DELETES_DATA, "drops column " + c.table() + "." + c.column().name() + " ("
            + c.column().type().text() + ") and its values in "
            + PostgresStatementBuilder.describe(existing, c.table().toString()))
        .hazard(HazardCode.BREAKS_CLIENTS, "running code that reads or writes " + c.column().name()
            + " fails; stop using the column in the application before dropping it (expand/contract)")
        .build();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
