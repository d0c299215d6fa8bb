package dev.slipway.differ;

import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Index;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.Policy;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.change.AddColumn;
import dev.slipway.model.change.AddConstraint;
import dev.slipway.model.change.AddIndex;
import dev.slipway.model.change.AddPolicy;
import dev.slipway.model.change.AddTable;
import dev.slipway.model.change.AddTrigger;
import dev.slipway.model.change.AlterColumn;
import dev.slipway.model.change.AlterPolicy;
import dev.slipway.model.change.AlterTableOptions;
import dev.slipway.model.change.Change;
import dev.slipway.model.change.ColumnAspect;
import dev.slipway.model.change.DropColumn;
import dev.slipway.model.change.DropConstraint;
import dev.slipway.model.change.DropIndex;
import dev.slipway.model.change.DropPolicy;
import dev.slipway.model.change.DropTable;
import dev.slipway.model.change.DropTrigger;
import dev.slipway.model.change.RenameIndex;
import dev.slipway.model.change.ReplaceIndex;
import dev.slipway.model.change.ReplaceTrigger;
import dev.slipway.model.change.SetComment;
import dev.slipway.model.change.SetRowSecurity;
import dev.slipway.model.change.ValidateConstraint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Diffs tables and everything that hangs off them; rename hints are resolved first by {@link Renames}. */
final class TableDiffer {
  private final DiffRules rules;
  private final Filter filter;
  private final List<Change> out;
  private final Set<String> droppedColumns = new HashSet<>();

  private final Set<QualifiedName> same;

  TableDiffer(DiffRules rules, Filter filter, DiffOptions options, List<Change> out, Set<QualifiedName> same) {
    this.same = same;
    this.rules = rules;
    this.filter = filter;
    this.out = out;
  }

  Set<String> droppedColumns() {
    return droppedColumns;
  }

  /** Emits table changes and returns the names of the dropped tables. */
  Set<QualifiedName> diff(Schema current, Schema desired) {
    Map<QualifiedName, Table> cur = new HashMap<>(current.tables().size() * 2);
    for (Table t : current.tables()) cur.put(t.name(), t);
    Renames renames = new Renames(filter, out);
    Map<QualifiedName, Table> matched = renames.resolve(cur, desired);
    Set<QualifiedName> dropped = new HashSet<>();
    for (Table want : desired.tables()) {
      if (!filter.object(want.name())) continue;
      Table had = matched.get(want.name());
      if (had == null) {
        out.add(new AddTable(want));
        commentsOfNewTable(want);
      } else if (!Objects.equals(had.partitioning(), want.partitioning())
          || !Objects.equals(had.partitionOf(), want.partitionOf())) {
        // Partitioning cannot be altered in place: the table is rebuilt (and flagged as deleting data).
        out.add(new DropTable(had));
        out.add(new AddTable(want));
        commentsOfNewTable(want);
      } else {
        table(had, want);
      }
    }
    Set<QualifiedName> kept = new HashSet<>();
    for (Table want : desired.tables()) {
      Table had = matched.get(want.name());
      if (had != null && filter.object(want.name())) kept.add(renames.originals.getOrDefault(had.name(), had.name()));
    }
    for (Table t : current.tables()) {
      if (filter.object(t.name()) && !kept.contains(t.name())) {
        out.add(new DropTable(t));
        dropped.add(t.name());
      }
    }
    return dropped;
  }

  private void comment(ObjectRef ref, String from, String to) {
    if (!Objects.equals(from, to)) out.add(new SetComment(ref, from, to));
  }

  /** A new table's comments are set by separate statements (COMMENT ON is its own statement in PostgreSQL). */
  private void commentsOfNewTable(Table t) {
    comment(ObjectRef.table(t.name()), null, t.comment());
    for (Column c : t.columns()) comment(ObjectRef.column(t.name(), c.name()), null, c.comment());
    for (Constraint c : t.constraints()) {
      comment(ObjectRef.member(ObjectKind.CONSTRAINT, t.name(), c.name()), null, c.comment());
    }
    for (Index i : t.indexes()) comment(ObjectRef.member(ObjectKind.INDEX, t.name(), i.name()), null, i.comment());
    for (Trigger g : t.triggers()) {
      comment(ObjectRef.member(ObjectKind.TRIGGER, t.name(), g.name()), null, g.comment());
    }
    for (Policy p : t.policies()) comment(ObjectRef.member(ObjectKind.POLICY, t.name(), p.name()), null, p.comment());
  }

  /** Record equality minus the size estimate: the fast path when a table did not change. */
  static boolean unchanged(Table a, Table b) {
    return a.name().equals(b.name()) && a.columns().equals(b.columns()) && a.constraints().equals(b.constraints())
        && a.indexes().equals(b.indexes()) && a.triggers().equals(b.triggers()) && a.policies().equals(b.policies())
        && a.rowSecurity() == b.rowSecurity() && a.forceRowSecurity() == b.forceRowSecurity()
        && Objects.equals(a.comment(), b.comment()) && a.attrs().equals(b.attrs());
  }

  private void table(Table had, Table want) {
    if (had.name().equals(want.name()) && same.contains(want.name()) || unchanged(had, want)) return;
    QualifiedName name = want.name();
    columns(name, had, want);
    constraints(name, had, want);
    indexes(name, had.indexes(), want.indexes());
    triggers(name, had, want);
    policies(name, had, want);
    if (had.rowSecurity() != want.rowSecurity() || had.forceRowSecurity() != want.forceRowSecurity()) {
      out.add(new SetRowSecurity(name, want.rowSecurity(), want.forceRowSecurity()));
    }
    if (!had.attrs().equals(want.attrs())) out.add(new AlterTableOptions(name, had.attrs(), want.attrs()));
    comment(ObjectRef.table(name), had.comment(), want.comment());
  }

  private void columns(QualifiedName table, Table had, Table want) {
    Map<String, Column> cur = new HashMap<>();
    for (Column c : had.columns()) cur.put(c.name(), c);
    Set<String> wanted = new HashSet<>();
    String previous = null;
    for (Column c : want.columns()) {
      wanted.add(c.name());
      Column old = cur.get(c.name());
      if (old == null) {
        out.add(new AddColumn(table, c, previous));
        comment(ObjectRef.column(table, c.name()), null, c.comment());
      } else {
        Set<ColumnAspect> aspects = aspects(old, c);
        if (!aspects.isEmpty()) out.add(new AlterColumn(table, old, c, aspects));
        comment(ObjectRef.column(table, c.name()), old.comment(), c.comment());
      }
      previous = c.name();
    }
    for (Column c : had.columns()) {
      if (!wanted.contains(c.name())) {
        out.add(new DropColumn(table, c));
        droppedColumns.add(table + "." + c.name());
      }
    }
  }

  private Set<ColumnAspect> aspects(Column a, Column b) {
    Set<ColumnAspect> s = EnumSet.noneOf(ColumnAspect.class);
    if (!rules.sameType(a.type(), b.type())) s.add(ColumnAspect.TYPE);
    if (a.nullable() != b.nullable()) s.add(ColumnAspect.NULLABILITY);
    if (a.defaultValue() == null ? b.defaultValue() != null
        : b.defaultValue() == null || !rules.sameDefault(a.defaultValue(), b.defaultValue())) {
      s.add(ColumnAspect.DEFAULT);
    }
    if (!Objects.equals(a.identity(), b.identity())) s.add(ColumnAspect.IDENTITY);
    if (a.generated() == null ? b.generated() != null : b.generated() == null
        || a.generated().stored() != b.generated().stored()
        || !rules.sameExpression(a.generated().expression(), b.generated().expression())) {
      s.add(ColumnAspect.GENERATED);
    }
    if (!Objects.equals(a.collation(), b.collation())) s.add(ColumnAspect.COLLATION);
    if (!a.attrs().equals(b.attrs())) s.add(ColumnAspect.OPTIONS);
    return s;
  }

  private void constraints(QualifiedName table, Table had, Table want) {
    Map<String, Constraint> cur = new HashMap<>();
    for (Constraint c : had.constraints()) cur.put(c.name(), c);
    Set<String> wanted = new HashSet<>();
    for (Constraint c : want.constraints()) wanted.add(c.name());
    // A PRIMARY KEY / UNIQUE / EXCLUDE constraint that only changed its name (a renamed table keeps its old
    // constraint names) is renamed through its index: "ALTER INDEX … RENAME" renames the constraint as well
    // (postgresql.org/docs/current/sql-alterindex.html). Cheaper and safer than rebuilding it.
    List<Constraint> gone = new ArrayList<>();
    for (Constraint c : had.constraints()) if (!wanted.contains(c.name()) && indexBacked(c)) gone.add(c);
    Set<String> renamedAway = new HashSet<>();
    for (Constraint c : want.constraints()) {
      Constraint old = cur.get(c.name());
      ObjectRef ref = ObjectRef.member(ObjectKind.CONSTRAINT, table, c.name());
      Constraint twin = old == null && indexBacked(c) ? twin(gone, c) : null;
      if (twin != null) {
        gone.remove(twin);
        renamedAway.add(twin.name());
        out.add(new RenameIndex(table, twin.name(), c.name()));
        comment(ref, twin.comment(), c.comment());
      } else if (old == null) {
        out.add(new AddConstraint(table, c));
        comment(ref, null, c.comment());
      } else if (!Types.sameIgnoringComment(old, c, rules)) {
        out.add(new DropConstraint(table, old));
        out.add(new AddConstraint(table, c));
        comment(ref, null, c.comment());
      } else {
        if (!old.valid() && c.valid()) {
          out.add(new ValidateConstraint(table, c));
        } else if (old.valid() && !c.valid()) {
          // A valid constraint satisfies a NOT VALID one: nothing to do.
        }
        comment(ref, old.comment(), c.comment());
      }
    }
    for (Constraint c : had.constraints()) {
      if (!wanted.contains(c.name()) && !renamedAway.contains(c.name())) out.add(new DropConstraint(table, c));
    }
  }

  private static boolean indexBacked(Constraint c) {
    return c instanceof dev.slipway.model.PrimaryKey || c instanceof dev.slipway.model.UniqueConstraint
        || c instanceof dev.slipway.model.ExclusionConstraint;
  }

  private Constraint twin(List<Constraint> candidates, Constraint c) {
    for (Constraint k : candidates) {
      if (k.getClass() == c.getClass() && Types.sameIgnoringComment(k, c, rules)) return k;
    }
    return null;
  }

  /** Indexes of a table or materialized view; a same-definition drop+add pair becomes a rename. */
  void indexes(QualifiedName table, List<Index> had, List<Index> want) {
    Map<String, Index> cur = new HashMap<>();
    for (Index i : had) cur.put(i.name(), i);
    Map<String, Index> wantByName = new HashMap<>();
    for (Index i : want) wantByName.put(i.name(), i);
    List<Index> added = new ArrayList<>();
    for (Index i : want) {
      Index old = cur.get(i.name());
      ObjectRef ref = ObjectRef.member(ObjectKind.INDEX, table, i.name());
      if (old == null) {
        added.add(i);
      } else if ((!old.valid() && i.valid()) || !Types.sameDefinition(old, i, rules)) {
        // An invalid leftover of a failed concurrent build is rebuilt; a desired side that also says
        // "invalid" is a copy of the current one, and equal schemas never differ.
        out.add(new ReplaceIndex(table, old, i));
        comment(ref, old.comment(), i.comment());
      } else {
        comment(ref, old.comment(), i.comment());
      }
    }
    List<Index> removed = new ArrayList<>();
    for (Index i : had) if (!wantByName.containsKey(i.name())) removed.add(i);
    for (Index i : added) {
      Index twin = null;
      for (Index r : removed) {
        if (r.valid() && Types.sameDefinition(r, i, rules)) {
          twin = r;
          break;
        }
      }
      ObjectRef ref = ObjectRef.member(ObjectKind.INDEX, table, i.name());
      if (twin != null) {
        removed.remove(twin);
        out.add(new RenameIndex(table, twin.name(), i.name()));
        comment(ref, twin.comment(), i.comment());
      } else {
        out.add(new AddIndex(table, i));
        comment(ref, null, i.comment());
      }
    }
    for (Index i : removed) out.add(new DropIndex(table, i));
  }

  private void triggers(QualifiedName table, Table had, Table want) {
    Map<String, Trigger> cur = new HashMap<>();
    for (Trigger t : had.triggers()) cur.put(t.name(), t);
    Set<String> wanted = new HashSet<>();
    for (Trigger t : want.triggers()) {
      wanted.add(t.name());
      Trigger old = cur.get(t.name());
      ObjectRef ref = ObjectRef.member(ObjectKind.TRIGGER, table, t.name());
      if (old == null) {
        out.add(new AddTrigger(table, t));
        comment(ref, null, t.comment());
      } else {
        if (!old.definition().equals(t.definition()) || !Objects.equals(old.function(), t.function())
            || old.enabled() != t.enabled()) {
          out.add(new ReplaceTrigger(table, old, t));
        }
        comment(ref, old.comment(), t.comment());
      }
    }
    for (Trigger t : had.triggers()) if (!wanted.contains(t.name())) out.add(new DropTrigger(table, t));
  }

  private void policies(QualifiedName table, Table had, Table want) {
    Map<String, Policy> cur = new HashMap<>();
    for (Policy p : had.policies()) cur.put(p.name(), p);
    Set<String> wanted = new HashSet<>();
    for (Policy p : want.policies()) {
      wanted.add(p.name());
      Policy old = cur.get(p.name());
      ObjectRef ref = ObjectRef.member(ObjectKind.POLICY, table, p.name());
      if (old == null) {
        out.add(new AddPolicy(table, p));
        comment(ref, null, p.comment());
      } else if (old.command() != p.command() || old.permissive() != p.permissive()) {
        // ALTER POLICY cannot change the command or permissiveness: postgresql.org/docs/current/sql-alterpolicy.html
        out.add(new DropPolicy(table, old));
        out.add(new AddPolicy(table, p));
        comment(ref, null, p.comment());
      } else {
        if (!old.roles().equals(p.roles()) || !Types.sameExpr(old.using(), p.using(), rules)
            || !Types.sameExpr(old.withCheck(), p.withCheck(), rules)) {
          out.add(new AlterPolicy(table, old, p));
        }
        comment(ref, old.comment(), p.comment());
      }
    }
    for (Policy p : had.policies()) if (!wanted.contains(p.name())) out.add(new DropPolicy(table, p));
  }
}
