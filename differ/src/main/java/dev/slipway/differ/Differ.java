package dev.slipway.differ;

import dev.slipway.model.EnumType;
import dev.slipway.model.Extension;
import dev.slipway.model.Namespace;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.Table;
import dev.slipway.model.TypeDef;
import dev.slipway.model.View;
import dev.slipway.model.change.AddExtension;
import dev.slipway.model.change.AddNamespace;
import dev.slipway.model.change.AddRoutine;
import dev.slipway.model.change.AddSequence;
import dev.slipway.model.change.AddType;
import dev.slipway.model.change.AddView;
import dev.slipway.model.change.AlterEnum;
import dev.slipway.model.change.AlterExtension;
import dev.slipway.model.change.AlterSequence;
import dev.slipway.model.change.Change;
import dev.slipway.model.change.DropExtension;
import dev.slipway.model.change.DropNamespace;
import dev.slipway.model.change.DropRoutine;
import dev.slipway.model.change.DropSequence;
import dev.slipway.model.change.DropType;
import dev.slipway.model.change.DropView;
import dev.slipway.model.change.ReplaceRoutine;
import dev.slipway.model.change.ReplaceView;
import dev.slipway.model.change.SetComment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes the changes that take {@code current} to {@code desired}: a pure function of its arguments,
 * deterministic (objects are visited in name order), and empty for equal schemas. Both schemas are first
 * normalised by the dialect's {@link DiffRules}; objects outside the managed schemas are left alone.
 */
public final class Differ {
  private final DiffRules rules;
  private final Filter filter;
  private final DiffOptions options;
  private final List<Change> out = new ArrayList<>();

  private Differ(DiffRules rules, DiffOptions options) {
    this.rules = rules;
    this.options = options;
    this.filter = new Filter(options);
  }

  /** The changes from {@code current} to {@code desired}; throws {@link DiffException} for a dangling rename hint. */
  public static List<Change> diff(Schema current, Schema desired, DiffRules rules, DiffOptions options) {
    Objects.requireNonNull(rules, "rules");
    Differ d = new Differ(rules, options == null ? DiffOptions.DEFAULT : options);
    // Both sides are normalised at once (DiffRules are stateless or thread-safe): a third of the client time
    // of a 10,000-table plan, and the machine has a second core. The result does not depend on the order.
    Set<QualifiedName> same = sameOnBothSides(current, desired);
    java.util.concurrent.FutureTask<Schema> wanted =
        new java.util.concurrent.FutureTask<>(() -> rules.normalize(desired, same));
    Thread t = new Thread(wanted, "slipway-normalize");
    t.setDaemon(true);
    t.start();
    Schema c = rules.normalize(current, same);
    Schema w = await(wanted);
    d.same = same;
    d.run(c, w);
    Originals originals = new Originals(current, desired);
    List<Change> out = new java.util.ArrayList<>(d.out.size());
    for (Change change : d.out) out.add(originals.restore(change));
    return List.copyOf(out);
  }

  /**
   * The tables whose records are equal on both sides (size estimates aside, as {@link TableDiffer} compares
   * them) and whose namespaces are equal too: what {@link DiffRules#normalize(Schema, Set)} may skip.
   */
  static Set<QualifiedName> sameOnBothSides(Schema current, Schema desired) {
    Map<String, Namespace> wantedNamespaces = new HashMap<>();
    for (Namespace n : desired.namespaces()) wantedNamespaces.put(n.name(), n);
    Set<String> sameNamespaces = new HashSet<>();
    for (Namespace n : current.namespaces()) if (n.equals(wantedNamespaces.get(n.name()))) sameNamespaces.add(n.name());
    Map<QualifiedName, Table> had = new HashMap<>(current.tables().size() * 2);
    for (Table x : current.tables()) had.put(x.name(), x);
    Set<QualifiedName> out = new HashSet<>();
    for (Table want : desired.tables()) {
      Table x = had.get(want.name());
      if (x != null && sameNamespaces.contains(want.name().schema()) && TableDiffer.unchanged(x, want)
          && Objects.equals(x.partitioning(), want.partitioning()) && Objects.equals(x.partitionOf(), want.partitionOf())) {
        out.add(want.name());
      }
    }
    return out;
  }

  private static Schema await(java.util.concurrent.FutureTask<Schema> task) {
    try {
      return task.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while normalising the desired schema", e);
    }
  }

  /** Tables the same on both sides before normalising: equal after it too, so not compared again. */
  private Set<QualifiedName> same = Set.of();

  private void run(Schema current, Schema desired) {
    namespaces(current, desired);
    extensions(current, desired);
    types(current, desired);
    routines(current, desired);
    TableDiffer tables = new TableDiffer(rules, filter, options, out, same);
    Set<QualifiedName> droppedTables = tables.diff(current, desired);
    sequences(current, desired, droppedTables, tables.droppedColumns());
    views(current, desired, tables);
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>(Math.max(16, values.size() * 2));
    for (V v : values) map.put(key.apply(v), v);
    return map;
  }

  private void comment(ObjectRef ref, String from, String to) {
    if (!Objects.equals(from, to)) out.add(new SetComment(ref, from, to));
  }

  private void namespaces(Schema current, Schema desired) {
    Map<String, Namespace> cur = index(current.namespaces(), Namespace::name);
    Map<String, Namespace> want = index(desired.namespaces(), Namespace::name);
    for (Namespace n : desired.namespaces()) {
      if (!filter.schema(n.name())) continue;
      Namespace had = cur.get(n.name());
      if (had == null) {
        out.add(new AddNamespace(n));
        if (n.comment() != null) comment(ObjectRef.schema(n.name()), null, n.comment());
      } else {
        comment(ObjectRef.schema(n.name()), had.comment(), n.comment());
      }
    }
    // A schema that desired objects live in exists, listed or not: never drop it, and create it when the
    // current side has no trace of it (readers that do not list namespaces still get a runnable plan).
    Set<String> used = schemasUsed(desired);
    Set<String> had = schemasUsed(current);
    for (Namespace n : current.namespaces()) had.add(n.name());
    for (String s : new java.util.TreeSet<>(used)) {
      if (filter.schema(s) && !want.containsKey(s) && !had.contains(s)) out.add(new AddNamespace(Namespace.of(s)));
    }
    for (Namespace n : current.namespaces()) {
      if (filter.schema(n.name()) && !want.containsKey(n.name()) && !used.contains(n.name())) {
        out.add(new DropNamespace(n));
      }
    }
  }

  private static Set<String> schemasUsed(Schema s) {
    Set<String> used = new HashSet<>();
    for (Table t : s.tables()) used.add(t.name().schema());
    for (View v : s.views()) used.add(v.name().schema());
    for (TypeDef t : s.types()) used.add(t.name().schema());
    for (Sequence q : s.sequences()) used.add(q.name().schema());
    for (Routine r : s.routines()) used.add(r.name().schema());
    return used;
  }

  private void extensions(Schema current, Schema desired) {
    Map<String, Extension> cur = index(current.extensions(), Extension::name);
    Map<String, Extension> want = index(desired.extensions(), Extension::name);
    for (Extension e : desired.extensions()) {
      if (!filter.schema(e.schema())) continue;
      Extension had = cur.get(e.name());
      if (had == null) {
        out.add(new AddExtension(e));
      } else {
        // A desired version of null means "whatever is installed": not a difference.
        boolean version = e.version() != null && !e.version().equals(had.version());
        boolean schema = e.schema() != null && !e.schema().equals(had.schema());
        if (version || schema) out.add(new AlterExtension(had, e));
      }
    }
    for (Extension e : current.extensions()) {
      if (filter.schema(e.schema()) && !want.containsKey(e.name())) out.add(new DropExtension(e));
    }
  }

  private void types(Schema current, Schema desired) {
    Map<QualifiedName, TypeDef> cur = index(current.types(), TypeDef::name);
    Map<QualifiedName, TypeDef> want = index(desired.types(), TypeDef::name);
    for (TypeDef t : desired.types()) {
      if (!filter.object(t.name())) continue;
      TypeDef had = cur.get(t.name());
      ObjectRef ref = ObjectRef.of(ObjectKind.TYPE, t.name());
      if (had == null) {
        out.add(new AddType(t));
        comment(ref, null, t.comment());
      } else if (had instanceof EnumType a && t instanceof EnumType b) {
        if (!a.labels().equals(b.labels())) out.add(new AlterEnum(a, b));
        comment(ref, had.comment(), t.comment());
      } else if (!Types.sameIgnoringComment(had, t, rules)) {
        out.add(new DropType(had));
        out.add(new AddType(t));
        comment(ref, null, t.comment());
      } else {
        comment(ref, had.comment(), t.comment());
      }
    }
    for (TypeDef t : current.types()) {
      if (filter.object(t.name()) && !want.containsKey(t.name())) out.add(new DropType(t));
    }
  }

  private void sequences(Schema current, Schema desired, Set<QualifiedName> droppedTables,
      Set<String> droppedColumns) {
    Map<QualifiedName, Sequence> cur = index(current.sequences(), Sequence::name);
    Map<QualifiedName, Sequence> want = index(desired.sequences(), Sequence::name);
    for (Sequence s : desired.sequences()) {
      if (!filter.object(s.name())) continue;
      Sequence had = cur.get(s.name());
      ObjectRef ref = ObjectRef.of(ObjectKind.SEQUENCE, s.name());
      if (had == null) {
        out.add(new AddSequence(s));
        comment(ref, null, s.comment());
      } else {
        if (!had.options().equals(s.options()) || !Objects.equals(had.ownedByTable(), s.ownedByTable())
            || !Objects.equals(had.ownedByColumn(), s.ownedByColumn())) {
          out.add(new AlterSequence(had, s));
        }
        comment(ref, had.comment(), s.comment());
      }
    }
    for (Sequence s : current.sequences()) {
      if (!filter.object(s.name()) || want.containsKey(s.name())) continue;
      // An owned sequence goes with its table or column (OWNED BY): dropping it again would fail.
      if (s.ownedByTable() != null && (droppedTables.contains(s.ownedByTable())
          || droppedColumns.contains(s.ownedByTable() + "." + s.ownedByColumn()))) {
        continue;
      }
      out.add(new DropSequence(s));
    }
  }

  private void routines(Schema current, Schema desired) {
    Map<String, Routine> cur = index(current.routines(), Routine::signature);
    Map<String, Routine> want = index(desired.routines(), Routine::signature);
    for (Routine r : desired.routines()) {
      if (!filter.object(r.name())) continue;
      Routine had = cur.get(r.signature());
      ObjectRef ref = new ObjectRef(kindOf(r), r.name(), "(" + r.arguments() + ")");
      if (had == null) {
        out.add(new AddRoutine(r));
        comment(ref, null, r.comment());
        continue;
      }
      boolean body = !had.definition().equals(r.definition()) || !Objects.equals(had.language(), r.language());
      if (!Objects.equals(had.returns(), r.returns()) || had.kind() != r.kind()) {
        // CREATE OR REPLACE cannot change a function's result type: postgresql.org/docs/current/sql-createfunction.html
        out.add(new DropRoutine(had));
        out.add(new AddRoutine(r));
        comment(ref, null, r.comment());
      } else {
        if (body) out.add(new ReplaceRoutine(had, r));
        comment(ref, had.comment(), r.comment());
      }
    }
    for (Routine r : current.routines()) {
      if (filter.object(r.name()) && !want.containsKey(r.signature())) out.add(new DropRoutine(r));
    }
  }

  private static ObjectKind kindOf(Routine r) {
    return r.kind() == Routine.Kind.FUNCTION ? ObjectKind.FUNCTION : ObjectKind.PROCEDURE;
  }

  private void views(Schema current, Schema desired, TableDiffer tables) {
    Map<QualifiedName, View> cur = index(current.views(), View::name);
    Map<QualifiedName, View> want = index(desired.views(), View::name);
    Set<QualifiedName> seen = new HashSet<>();
    for (View v : desired.views()) {
      if (!filter.object(v.name())) continue;
      seen.add(v.name());
      View had = cur.get(v.name());
      ObjectRef ref = ObjectRef.of(v.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, v.name());
      if (had == null) {
        out.add(new AddView(v));
        comment(ref, null, v.comment());
        for (var i : v.indexes()) {
          comment(ObjectRef.member(ObjectKind.INDEX, v.name(), i.name()), null, i.comment());
        }
        continue;
      }
      boolean query = !had.definition().equals(v.definition()) || !had.options().equals(v.options())
          || !had.attrs().equals(v.attrs());
      if (had.materialized() != v.materialized()) {
        out.add(new DropView(had));
        out.add(new AddView(v));
        comment(ref, null, v.comment());
        continue;
      }
      if (query) {
        out.add(new ReplaceView(had, v));
      } else if (v.materialized()) {
        tables.indexes(v.name(), had.indexes(), v.indexes());
      }
      comment(ref, had.comment(), v.comment());
    }
    for (View v : current.views()) {
      if (filter.object(v.name()) && !want.containsKey(v.name())) out.add(new DropView(v));
    }
  }
}
