package dev.slipway.planner.mysql;

import dev.slipway.model.Column;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import dev.slipway.model.Table;
import dev.slipway.model.change.*;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.PlanningException;
import dev.slipway.planner.Renderer;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MySQL and MariaDB statements. Every ALTER TABLE states {@code ALGORITHM=} and, unless INSTANT, {@code LOCK=},
 * chosen per server version ({@link MySqlVersion}) so the server refuses rather than silently doing more.
 * A table's changes merge into one ALTER TABLE when they need the same algorithm and lock
 * ({@link #renderAll}); object kinds MySQL does not have (types, sequences, extensions, policies, row security,
 * NOT VALID constraints) are refused with a {@link PlanningException} naming the object.
 */
public final class MySqlRenderer implements Renderer {

  @Override
  public boolean viewsPinTheirInputs() {
    // MySQL stores a view as text resolved on use; CREATE OR REPLACE VIEW may change its columns freely.
    return false;
  }

  @Override
  public List<Statement> render(Change change, PlanContext context) {
    return renderAll(List.of(change), context);
  }

  /**
   * Renders the ordered changes, merging a table's ALTER TABLE clauses into one statement where that costs
   * nothing: clauses merge only when they need the same algorithm and lock, so an INSTANT ADD COLUMN never
   * rides along with an index build (which would make the server rebuild the table for it), and a clause joins
   * an earlier statement only if no change in between touches its table (or a table it references), so the
   * planner's order still holds.
   */
  @Override
  public List<Statement> renderAll(List<Change> ordered, PlanContext context) {
    if (context.version().engine() == ServerVersion.Engine.POSTGRESQL) {
      throw new PlanningException("MySqlRenderer asked to plan for " + context.version());
    }
    MySqlVersion v = new MySqlVersion(context.version());
    Existing e = new Existing(context.current(), context.desired());
    Created created = new Created(ordered);
    List<Object> slots = new ArrayList<>();
    Map<QualifiedName, List<Group>> open = new HashMap<>();
    for (Change c : ordered) {
      if (created.covers(c)) continue;
      if (c instanceof DropConstraint d && d.constraint() instanceof PrimaryKey && created.pkReplaced.contains(d.table())) {
        continue; // dropped together with the ADD PRIMARY KEY (in place only as one statement)
      }
      Set<QualifiedName> touched = touches(c);
      MySqlClause clause = clause(c, context, v, e, created);
      Group joined = null;
      if (clause != null) {
        boolean alone = addsVirtualColumn(c);
        if (alone) {
          // Nothing later may join a statement before this one: it could need the column this one adds.
          for (Group g : open.getOrDefault(clause.table(), List.of())) g.closed = true;
        }
        for (Group g : open.getOrDefault(clause.table(), List.of())) {
          if (g.lock == clause.lock() && !g.closed) joined = g;
        }
        if (joined == null) {
          joined = new Group(clause.table(), clause.lock());
          slots.add(joined);
          open.computeIfAbsent(clause.table(), k -> new ArrayList<>()).add(joined);
        }
        joined.clauses.add(clause);
        if (alone) joined.closed = true;
      } else {
        List<Statement> statements = MySqlObjectRenderer.render(c, context, v, e);
        if (statements == null) throw refused(c);
        slots.addAll(statements);
      }
      for (QualifiedName t : touched) {
        for (Group g : open.getOrDefault(t, List.of())) if (g != joined) g.closed = true;
      }
    }
    List<Statement> out = new ArrayList<>(slots.size());
    for (Object o : slots) {
      if (o instanceof Statement s) out.add(s);
      else if (o instanceof Group g) out.add(MySqlStatements.alter(context, e.table(g.table), g.table, g.clauses));
    }
    return out;
  }

  /**
   * A new VIRTUAL generated column is added by a statement of its own: MariaDB refuses to combine it with any
   * other clause ("INPLACE ADD or DROP of virtual columns cannot be combined with other ALTER TABLE actions",
   * mariadb.com/kb/en/generated-columns/), found adding a formula column next to the column it reads (issue 24).
   */
  private static boolean addsVirtualColumn(Change c) {
    return c instanceof AddColumn a && a.column().generated() != null && !a.column().generated().stored();
  }

  private static PlanningException refused(Change c) {
    String what = c.getClass().getSimpleName();
    return new PlanningException("MySQL/MariaDB cannot plan " + what + " on " + c.subject() + ": "
        + (what.contains("Type") || what.contains("Enum") ? "MySQL has no user-defined types (use ENUM columns)"
        : what.contains("Sequence") ? "sequences are not managed on MySQL/MariaDB (use AUTO_INCREMENT)"
        : what.contains("Extension") ? "MySQL has no extensions"
        : what.contains("Polic") || what.contains("RowSecurity") ? "MySQL has no row-level security"
        : what.equals("ValidateConstraint") ? "MySQL has no NOT VALID constraints"
        : "not supported"));
  }

  /** The ALTER TABLE clause for a change, or null when the change is rendered as statements of its own. */
  private static MySqlClause clause(Change c, PlanContext context, MySqlVersion v, Existing e, Created created) {
    if (c instanceof AddColumn x) return MySqlColumnChanges.add(x, e.table(x.table()), e.desired(x.table()), v);
    if (c instanceof DropColumn x) return MySqlColumnChanges.drop(x, e.table(x.table()), v);
    if (c instanceof AlterColumn x) return MySqlColumnChanges.alter(x, e.table(x.table()), e.desired(x.table()), v);
    if (c instanceof AddIndex x) return MySqlKeyChanges.addIndex(x.table(), x.index(), e.table(x.table()), x.subject());
    if (c instanceof DropIndex x) return MySqlKeyChanges.dropIndex(x.table(), x.index(), e.table(x.table()), x.subject());
    if (c instanceof ReplaceIndex x) return replace(x.table(), x.from(), x.to(), e.table(x.table()), x.subject());
    if (c instanceof RenameIndex x) {
      Table t = e.table(x.table());
      if (v.renameIndex() || t == null) {
        return new MySqlClause(x.table(), "RENAME INDEX " + MySqlSql.q(x.from()) + " TO " + MySqlSql.q(x.to()),
            MySqlLocks.inplace(t), false, List.of(), x.subject());
      }
      Index from = t.findIndex(x.from()).orElseThrow(() -> new PlanningException("no index " + x.from() + " on " + x.table()));
      return replace(x.table(), from, from.withName(x.to()), t, x.subject());
    }
    if (c instanceof AddConstraint x) {
      boolean withDrop = x.constraint() instanceof PrimaryKey && created.pkReplaced.contains(x.table());
      return MySqlKeyChanges.addConstraint(x.table(), x.constraint(), e.table(x.table()), v, x.subject(), withDrop);
    }
    if (c instanceof DropConstraint x) return MySqlKeyChanges.dropConstraint(x.table(), x.constraint(), e.table(x.table()), v, x.subject());
    if (c instanceof RenameColumn x) return renameColumn(x, e, v);
    if (c instanceof AlterTableOptions x && MySqlPartitionChanges.handles(x)) return null;
    if (c instanceof AlterTableOptions x) return MySqlTableOptionChanges.clause(x, context, e.table(x.table()));
    if (c instanceof SetComment x) return comment(x, e, v);
    return null;
  }

  private static MySqlClause replace(QualifiedName table, Index from, Index to, Table existing, ObjectRef subject) {
    MySqlClause drop = MySqlKeyChanges.dropIndex(table, from, existing, subject);
    MySqlClause add = MySqlKeyChanges.addIndex(table, to, existing, subject);
    List<Hazard> hazards = new ArrayList<>(add.hazards());
    return new MySqlClause(table, drop.sql() + ", " + add.sql(), add.lock(), add.rewrites(), hazards, subject);
  }

  private static MySqlClause renameColumn(RenameColumn x, Existing e, MySqlVersion v) {
    Table existing = e.table(x.table());
    List<Hazard> hazards = List.of(Hazard.of(HazardCode.BREAKS_CLIENTS, "code that still uses " + x.table().name() + "."
        + x.from() + " fails: ship code that reads both names first"));
    if (v.renameColumn()) {
      LockMode lock = v.instantRenameColumn() && existing != null ? LockMode.MYSQL_INSTANT : MySqlLocks.inplace(existing);
      return new MySqlClause(x.table(), "RENAME COLUMN " + MySqlSql.q(x.from()) + " TO " + MySqlSql.q(x.to()), lock, false,
          hazards, x.subject());
    }
    // Before RENAME COLUMN: CHANGE with the full definition, unchanged apart from the name (in place, metadata).
    Table want = e.desired(x.table());
    Column col = want == null ? null : want.findColumn(x.to()).orElse(null);
    if (existing != null) {
      Column had = existing.findColumn(x.from()).orElse(null);
      if (had != null) col = had.withName(x.to());
    }
    if (col == null) throw new PlanningException("no definition for renamed column " + x.table() + "." + x.to());
    return new MySqlClause(x.table(), "CHANGE COLUMN " + MySqlSql.q(x.from()) + " " + MySqlSql.column(col),
        MySqlLocks.inplace(existing), false, hazards, x.subject());
  }

  /** Table, column and index comments are part of their definitions in MySQL. */
  private static MySqlClause comment(SetComment x, Existing e, MySqlVersion v) {
    ObjectRef t = x.target();
    QualifiedName table = t.name();
    Table existing = e.table(table);
    String text = x.to() == null ? "''" : MySqlSql.literal(x.to());
    if (t.kind() == ObjectKind.TABLE) {
      return new MySqlClause(table, "COMMENT = " + text, MySqlLocks.inplace(existing), false, List.of(), t);
    }
    if (t.kind() == ObjectKind.COLUMN) {
      Table want = e.desired(table);
      Column col = want == null ? null : want.findColumn(t.member()).orElse(null);
      if (col == null) throw new PlanningException("no desired definition for " + t);
      return new MySqlClause(table, "MODIFY COLUMN " + MySqlSql.column(col), MySqlLocks.inplace(existing), false, List.of(), t);
    }
    if (t.kind() == ObjectKind.INDEX) {
      Table want = e.desired(table);
      Index to = want == null ? null : want.findIndex(t.member()).orElse(null);
      Index from = existing == null ? null : existing.findIndex(t.member()).orElse(null);
      if (to == null || from == null) throw new PlanningException("no index definition for " + t);
      // No ALTER INDEX … COMMENT in MySQL: the index is rebuilt with its new comment.
      return replace(table, from, to, existing, t);
    }
    return null;
  }

  /** Tables a change reads or writes: its own, and those its foreign keys reference. */
  private static Set<QualifiedName> touches(Change c) {
    Set<QualifiedName> out = new HashSet<>();
    ObjectRef s = c.subject();
    if (s.kind() != ObjectKind.SCHEMA) out.add(s.name());
    if (c instanceof AddConstraint a && a.constraint() instanceof ForeignKey fk) out.add(fk.referencedTable());
    if (c instanceof DropConstraint d && d.constraint() instanceof ForeignKey fk) out.add(fk.referencedTable());
    if (c instanceof AddTable a) out.addAll(MySqlObjectRenderer.references(a.table()));
    if (c instanceof DropTable d) out.addAll(MySqlObjectRenderer.references(d.table()));
    if (c instanceof RenameTable r) out.add(r.from());
    if (c instanceof AddView a) out.addAll(a.view().dependsOn());
    if (c instanceof DropView d) out.addAll(d.view().dependsOn());
    if (c instanceof ReplaceView r) {
      out.addAll(r.from().dependsOn());
      out.addAll(r.to().dependsOn());
    }
    return out;
  }

  /** An ALTER TABLE under construction. */
  private static final class Group {
    final QualifiedName table;
    final LockMode lock;
    final List<MySqlClause> clauses = new ArrayList<>();
    boolean closed;

    Group(QualifiedName table, LockMode lock) {
      this.table = table;
      this.lock = lock;
    }
  }

  /**
   * What the plan creates whole: comments on those objects are part of their CREATE TABLE / ADD COLUMN /
   * ADD INDEX definition in MySQL, so their separate SetComment changes render nothing. Also the tables whose
   * primary key is replaced.
   */
  private static final class Created {
    final Set<QualifiedName> tables = new HashSet<>();
    final Set<ObjectRef> members = new HashSet<>();
    final Set<QualifiedName> pkReplaced = new HashSet<>();

    Created(List<Change> changes) {
      Set<QualifiedName> pkDropped = new HashSet<>();
      for (Change c : changes) {
        if (c instanceof AddTable a) tables.add(a.table().name());
        if (c instanceof AddColumn a) members.add(a.subject());
        if (c instanceof AddIndex a) members.add(a.subject());
        if (c instanceof ReplaceIndex r) members.add(r.subject());
        if (c instanceof AlterColumn a) members.add(a.subject()); // MODIFY COLUMN carries the new comment
        if (c instanceof AddRoutine a) members.add(a.subject()); // CREATE FUNCTION … COMMENT carries it too
        if (c instanceof DropConstraint d && d.constraint() instanceof PrimaryKey) pkDropped.add(d.table());
      }
      for (Change c : changes) {
        if (c instanceof AddConstraint a && a.constraint() instanceof PrimaryKey && pkDropped.contains(a.table())) {
          pkReplaced.add(a.table());
        }
      }
    }

    boolean covers(Change c) {
      if (!(c instanceof SetComment s)) return false;
      ObjectRef t = s.target();
      if (t.kind() == ObjectKind.SCHEMA) return false;
      if (tables.contains(t.name()) && t.kind() != ObjectKind.FUNCTION && t.kind() != ObjectKind.PROCEDURE) return true;
      return members.contains(t);
    }
  }

  /** The tables that exist before the plan runs, by the name they will have, and the desired tables. */
  static final class Existing {
    private final Map<QualifiedName, Table> tables = new HashMap<>();
    private final Map<QualifiedName, Table> desired = new HashMap<>();

    Existing(Schema current, Schema want) {
      for (Table t : current.tables()) tables.put(t.name(), t);
      for (Table t : want.tables()) desired.put(t.name(), t);
      for (RenameHint h : want.renameHints()) {
        if (!h.isTable()) continue;
        Table old = tables.get(new QualifiedName(h.table().schema(), h.from()));
        if (old != null && !tables.containsKey(h.table())) tables.put(h.table(), old);
      }
    }

    /** The current table that will carry this name, or null when the plan creates it. */
    Table table(QualifiedName name) {
      return tables.get(name);
    }

    Table desired(QualifiedName name) {
      return desired.get(name);
    }
  }
}
