package dev.slipway.planner;

import dev.slipway.model.Constraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Sequence;
import dev.slipway.model.Table;
import dev.slipway.model.View;
import dev.slipway.model.change.AddConstraint;
import dev.slipway.model.change.AddIndex;
import dev.slipway.model.change.AddSequence;
import dev.slipway.model.change.AddTable;
import dev.slipway.model.change.AddView;
import dev.slipway.model.change.AlterColumn;
import dev.slipway.model.change.AlterSequence;
import dev.slipway.model.change.Change;
import dev.slipway.model.change.ColumnAspect;
import dev.slipway.model.change.DropConstraint;
import dev.slipway.model.change.DropIndex;
import dev.slipway.model.change.DropTable;
import dev.slipway.model.change.DropView;
import dev.slipway.model.change.RenameIndex;
import dev.slipway.model.change.ReplaceIndex;
import dev.slipway.model.change.ReplaceView;
import dev.slipway.model.change.SetComment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the changes a plain list of differences implies before it can be ordered:
 * <ul>
 *   <li>a sequence OWNED BY a column is created unowned, and owned once the table exists; one that moves to
 *   another owner is released before its old table or column is dropped, and owned by the new one after;</li>
 *   <li>a changed view is dropped and recreated, and views (transitively) reading it or a table whose column
 *       changes type are dropped before and recreated after: PostgreSQL refuses {@code ALTER COLUMN … TYPE} on
 *       a column a view uses (postgresql.org/docs/current/sql-altertable.html);</li>
 *   <li>a foreign key whose deferrability alone changes is altered, not dropped and added;</li>
 *   <li>foreign keys inside a cycle of new tables are taken out of their CREATE TABLE and added afterwards.</li>
 * </ul>
 */
final class Expansion {
  private Expansion() {}

  static List<Change> expand(List<Change> changes, PlanContext context) {
    return expand(changes, context, true);
  }

  /** {@code rebuildViews} false: the dialect's views do not pin their inputs (see {@link Renderer#viewsPinTheirInputs()}). */
  static List<Change> expand(List<Change> changes, PlanContext context, boolean rebuildViews) {
    List<Change> out = new ArrayList<>(changes.size());
    for (Change c : changes) {
      if (c instanceof AddSequence s && s.sequence().ownedByTable() != null) {
        Sequence q = s.sequence();
        Sequence unowned = new Sequence(q.name(), q.options(), null, null, q.comment());
        out.add(new AddSequence(unowned));
        out.add(new AlterSequence(unowned, q));
      } else if (c instanceof AlterSequence a && a.from().ownedByTable() != null && a.to().ownedByTable() != null
          && !(a.from().ownedByTable().equals(a.to().ownedByTable())
              && a.from().ownedByColumn().equals(a.to().ownedByColumn()))) {
        // A sequence moving from one owner column to another is first released, so that dropping its old table
        // or column (which would drop an owned sequence with it) can come after, then owned once the new
        // column exists: the table renamed without a hint that keeps its id sequence.
        Sequence from = a.from();
        Sequence released = new Sequence(from.name(), from.options(), null, null, from.comment());
        out.add(new AlterSequence(from, released));
        out.add(new AlterSequence(released, a.to()));
      } else {
        out.add(c);
      }
    }
    if (rebuildViews) out = rebuildViews(out, context);
    out = alterDeferrability(out);
    return breakDroppedForeignKeyCycles(breakForeignKeyCycles(out));
  }

  /**
   * A foreign key whose deferrability alone changed arrives as a drop and an add of one name: keep only the
   * add, which the renderer turns into {@code ALTER CONSTRAINT} (no re-validation of existing rows).
   */
  private static List<Change> alterDeferrability(List<Change> changes) {
    Map<String, ForeignKey> added = new HashMap<>();
    for (Change c : changes) {
      if (c instanceof AddConstraint a && a.constraint() instanceof ForeignKey fk) {
        added.put(a.table() + "\0" + fk.name(), fk);
      }
    }
    if (added.isEmpty()) return changes;
    List<Change> out = new ArrayList<>(changes.size());
    for (Change c : changes) {
      if (c instanceof DropConstraint d && d.constraint() instanceof ForeignKey from) {
        ForeignKey to = added.get(d.table() + "\0" + from.name());
        if (to != null && ForeignKeys.onlyDeferrabilityDiffers(from, to)) continue;
      }
      out.add(c);
    }
    return out;
  }

  /**
   * Every changed view is dropped and created again, never {@code CREATE OR REPLACE}d: PostgreSQL refuses that
   * when output columns are dropped, renamed or reordered (postgresql.org/docs/current/sql-createview.html), and
   * the model has no column list to prove they are not. The views (transitively) reading a changed view or a
   * retyped table are dropped before and recreated after, in dependency order (the {@link Deps} keys).
   */
  private static List<Change> rebuildViews(List<Change> changes, PlanContext context) {
    Set<QualifiedName> seeds = new LinkedHashSet<>();
    boolean replaced = false;
    for (Change c : changes) {
      if (c instanceof AlterColumn a && a.changes(ColumnAspect.TYPE)) seeds.add(a.table());
      if (c instanceof ReplaceView r) {
        seeds.add(r.from().name());
        replaced = true;
      }
    }
    if (seeds.isEmpty() || context.current().views().isEmpty()) return changes;
    Map<QualifiedName, List<View>> readers = new HashMap<>();
    for (View v : context.current().views()) {
      for (QualifiedName d : v.dependsOn()) readers.computeIfAbsent(d, k -> new ArrayList<>()).add(v);
    }
    Set<QualifiedName> affected = new LinkedHashSet<>();
    ArrayDeque<QualifiedName> queue = new ArrayDeque<>(seeds);
    while (!queue.isEmpty()) {
      for (View v : readers.getOrDefault(queue.poll(), List.of())) {
        if (affected.add(v.name())) queue.add(v.name());
      }
    }
    if (affected.isEmpty() && !replaced) return changes;
    Set<QualifiedName> handled = new HashSet<>();
    Set<ObjectRef> commented = new HashSet<>();
    for (Change c : changes) if (c instanceof SetComment k) commented.add(k.target());
    List<Change> out = new ArrayList<>(changes.size() + affected.size() * 2);
    for (Change c : changes) {
      if (c instanceof ReplaceView r) {
        out.add(new DropView(r.from()));
        out.add(new AddView(r.to()));
        restoreComments(r.to(), out, commented);
        handled.add(r.to().name());
      } else {
        if (c instanceof DropView d) handled.add(d.view().name());
        out.add(c);
      }
    }
    Map<QualifiedName, View> desired = new HashMap<>();
    for (View v : context.desired().views()) desired.put(v.name(), v);
    for (View v : context.current().views()) {
      if (!affected.contains(v.name()) || handled.contains(v.name())) continue;
      out.add(new DropView(v));
      View again = desired.get(v.name());
      if (again != null) {
        out.add(new AddView(again));
        restoreComments(again, out, commented);
      }
    }
    // A recreated materialized view gets its desired indexes with it: drop the differ's index changes on it.
    out.removeIf(c -> affected.contains(indexedRelation(c)));
    return out;
  }

  private static QualifiedName indexedRelation(Change c) {
    if (c instanceof AddIndex a) return a.table();
    if (c instanceof DropIndex d) return d.table();
    if (c instanceof ReplaceIndex r) return r.table();
    if (c instanceof RenameIndex r) return r.table();
    return null;
  }

  /** DROP VIEW takes the comments with it; put back those the differ does not set already. */
  private static void restoreComments(View v, List<Change> out, Set<ObjectRef> commented) {
    ObjectKind kind = v.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW;
    ObjectRef self = ObjectRef.of(kind, v.name());
    if (v.comment() != null && !commented.contains(self)) out.add(new SetComment(self, null, v.comment()));
    for (var i : v.indexes()) {
      ObjectRef index = ObjectRef.member(ObjectKind.INDEX, v.name(), i.name());
      if (i.comment() != null && !commented.contains(index)) out.add(new SetComment(index, null, i.comment()));
    }
  }

  /**
   * Tables created in this plan whose foreign keys reference each other in a cycle: the foreign keys inside
   * the cycle come out of their CREATE TABLE and are added once every table of the cycle exists.
   */
  private static List<Change> breakForeignKeyCycles(List<Change> changes) {
    Map<QualifiedName, Integer> cyclic = cycles(changes, AddTable.class, AddTable::table);
    if (cyclic.isEmpty()) return changes;
    List<Change> out = new ArrayList<>(changes.size());
    List<Change> later = new ArrayList<>();
    for (Change c : changes) {
      if (c instanceof AddTable a && cyclic.containsKey(a.table().name())) {
        List<Constraint> kept = new ArrayList<>();
        for (Constraint k : a.table().constraints()) {
          if (insideCycle(a.table(), k, cyclic)) later.add(new AddConstraint(a.table().name(), k));
          else kept.add(k);
        }
        out.add(new AddTable(a.table().withConstraints(kept)));
      } else {
        out.add(c);
      }
    }
    out.addAll(later);
    return out;
  }

  /**
   * The same for tables dropped in this plan: tables whose foreign keys reference each other in a cycle
   * cannot be dropped one after the other ("cannot drop table … because other objects depend on it"), so
   * the foreign keys inside the cycle are dropped first, then the tables in any order.
   */
  private static List<Change> breakDroppedForeignKeyCycles(List<Change> changes) {
    Map<QualifiedName, Integer> cyclic = cycles(changes, DropTable.class, DropTable::table);
    if (cyclic.isEmpty()) return changes;
    List<Change> out = new ArrayList<>(changes.size());
    for (Change c : changes) {
      if (c instanceof DropTable d && cyclic.containsKey(d.table().name())) {
        List<Constraint> kept = new ArrayList<>();
        for (Constraint k : d.table().constraints()) {
          if (insideCycle(d.table(), k, cyclic)) out.add(new DropConstraint(d.table().name(), k));
          else kept.add(k);
        }
        out.add(new DropTable(d.table().withConstraints(kept)));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Tarjan's strongly connected components over the foreign-key graph of the tables the changes of one kind
   * carry: the tables in a cycle, each mapped to its component.
   */
  private static <C extends Change> Map<QualifiedName, Integer> cycles(List<Change> changes, Class<C> kind,
      java.util.function.Function<C, Table> table) {
    Map<QualifiedName, Table> tables = new HashMap<>();
    for (Change c : changes) if (kind.isInstance(c)) tables.put(table.apply(kind.cast(c)).name(), table.apply(kind.cast(c)));
    if (tables.size() < 2) return Map.of();
    Tarjan tarjan = new Tarjan(tables);
    List<QualifiedName> names = new ArrayList<>(tables.keySet());
    names.sort(null);
    for (QualifiedName q : names) if (!tarjan.index.containsKey(q)) tarjan.visit(q);
    return tarjan.cyclic;
  }

  /** Whether {@code k} is a foreign key of {@code t} to another table of t's cycle. */
  private static boolean insideCycle(Table t, Constraint k, Map<QualifiedName, Integer> cyclic) {
    return k instanceof ForeignKey fk && !fk.referencedTable().equals(t.name())
        && cyclic.get(t.name()).equals(cyclic.get(fk.referencedTable()));
  }

  private static final class Tarjan {
    final Map<QualifiedName, Table> tables;
    final Map<QualifiedName, Integer> index = new HashMap<>();
    final Map<QualifiedName, Integer> low = new HashMap<>();
    final ArrayDeque<QualifiedName> stack = new ArrayDeque<>();
    final Set<QualifiedName> onStack = new HashSet<>();
    /** Tables in a cycle (component of two or more) mapped to their component number. */
    final Map<QualifiedName, Integer> cyclic = new HashMap<>();
    int counter;
    int components;

    Tarjan(Map<QualifiedName, Table> tables) {
      this.tables = tables;
    }

    /** Iterative, so a chain of 50,000 foreign keys cannot overflow the stack. */
    void visit(QualifiedName root) {
      ArrayDeque<QualifiedName> calls = new ArrayDeque<>();
      ArrayDeque<java.util.Iterator<ForeignKey>> edges = new ArrayDeque<>();
      open(root, calls, edges);
      while (!calls.isEmpty()) {
        QualifiedName v = calls.peek();
        java.util.Iterator<ForeignKey> it = edges.peek();
        if (it.hasNext()) {
          QualifiedName w = it.next().referencedTable();
          if (!tables.containsKey(w) || w.equals(v)) continue;
          if (!index.containsKey(w)) {
            open(w, calls, edges);
          } else if (onStack.contains(w)) {
            low.put(v, Math.min(low.get(v), index.get(w)));
          }
          continue;
        }
        calls.pop();
        edges.pop();
        if (!calls.isEmpty()) {
          QualifiedName parent = calls.peek();
          low.put(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v).equals(index.get(v))) close(v);
      }
    }

    private void open(QualifiedName v, ArrayDeque<QualifiedName> calls,
        ArrayDeque<java.util.Iterator<ForeignKey>> edges) {
      index.put(v, counter);
      low.put(v, counter);
      counter++;
      stack.push(v);
      onStack.add(v);
      calls.push(v);
      edges.push(tables.get(v).foreignKeys().iterator());
    }

    private void close(QualifiedName v) {
      List<QualifiedName> members = new ArrayList<>();
      QualifiedName w;
      do {
        w = stack.pop();
        onStack.remove(w);
        members.add(w);
      } while (!w.equals(v));
      if (members.size() > 1) {
        for (QualifiedName m : members) cyclic.put(m, components);
      }
      components++;
    }
  }
}
