package dev.slipway.differ;

import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.EnumType;
import dev.slipway.model.Extension;
import dev.slipway.model.Index;
import dev.slipway.model.Namespace;
import dev.slipway.model.Policy;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.TypeDef;
import dev.slipway.model.View;
import dev.slipway.model.change.*;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts the schemas' own objects back into changes found on their normalised forms. Rules normalise only
 * to compare (canonical casts, case, parentheses); the SQL a plan runs must be the text the desired
 * schema was written or read in, never the comparison form. Objects are found by name, which normalising
 * never changes; an object not found keeps its normalised form.
 */
final class Originals {
  private final Map<QualifiedName, Table> currentTables = new HashMap<>();
  private final Map<QualifiedName, Table> desiredTables = new HashMap<>();
  private final Schema current;
  private final Schema desired;

  Originals(Schema current, Schema desired) {
    this.current = current;
    this.desired = desired;
    for (Table t : current.tables()) currentTables.put(t.name(), t);
    for (Table t : desired.tables()) desiredTables.put(t.name(), t);
  }

  Change restore(Change c) {
    if (c instanceof AddTable x) return new AddTable(or(desiredTables.get(x.table().name()), x.table()));
    if (c instanceof DropTable x) return new DropTable(or(currentTables.get(x.table().name()), x.table()));
    if (c instanceof AddColumn x) return new AddColumn(x.table(), column(desiredTables, x.table(), x.column()), x.after());
    if (c instanceof DropColumn x) return new DropColumn(x.table(), column(currentTables, x.table(), x.column()));
    if (c instanceof AlterColumn x) {
      return new AlterColumn(x.table(), column(currentTables, x.table(), x.from()), column(desiredTables, x.table(), x.to()),
          x.aspects());
    }
    if (c instanceof AddConstraint x) return new AddConstraint(x.table(), constraint(desiredTables, x.table(), x.constraint()));
    if (c instanceof DropConstraint x) return new DropConstraint(x.table(), constraint(currentTables, x.table(), x.constraint()));
    if (c instanceof ValidateConstraint x) {
      return new ValidateConstraint(x.table(), constraint(desiredTables, x.table(), x.constraint()));
    }
    if (c instanceof AddIndex x) return new AddIndex(x.table(), index(desired, desiredTables, x.table(), x.index()));
    if (c instanceof DropIndex x) return new DropIndex(x.table(), index(current, currentTables, x.table(), x.index()));
    if (c instanceof ReplaceIndex x) {
      return new ReplaceIndex(x.table(), index(current, currentTables, x.table(), x.from()),
          index(desired, desiredTables, x.table(), x.to()));
    }
    if (c instanceof AddView x) return new AddView(view(desired, x.view()));
    if (c instanceof DropView x) return new DropView(view(current, x.view()));
    if (c instanceof ReplaceView x) return new ReplaceView(view(current, x.from()), view(desired, x.to()));
    if (c instanceof AddRoutine x) return new AddRoutine(routine(desired, x.routine()));
    if (c instanceof DropRoutine x) return new DropRoutine(routine(current, x.routine()));
    if (c instanceof ReplaceRoutine x) return new ReplaceRoutine(routine(current, x.from()), routine(desired, x.to()));
    if (c instanceof AddTrigger x) return new AddTrigger(x.table(), trigger(desiredTables, x.table(), x.trigger()));
    if (c instanceof DropTrigger x) return new DropTrigger(x.table(), trigger(currentTables, x.table(), x.trigger()));
    if (c instanceof ReplaceTrigger x) {
      return new ReplaceTrigger(x.table(), trigger(currentTables, x.table(), x.from()), trigger(desiredTables, x.table(), x.to()));
    }
    if (c instanceof AddPolicy x) return new AddPolicy(x.table(), policy(desiredTables, x.table(), x.policy()));
    if (c instanceof DropPolicy x) return new DropPolicy(x.table(), policy(currentTables, x.table(), x.policy()));
    if (c instanceof AlterPolicy x) {
      return new AlterPolicy(x.table(), policy(currentTables, x.table(), x.from()), policy(desiredTables, x.table(), x.to()));
    }
    if (c instanceof AddType x) return new AddType(type(desired, x.type()));
    if (c instanceof DropType x) return new DropType(type(current, x.type()));
    if (c instanceof AlterEnum x) {
      TypeDef from = type(current, x.from());
      TypeDef to = type(desired, x.to());
      return from instanceof EnumType f && to instanceof EnumType t ? new AlterEnum(f, t) : c;
    }
    if (c instanceof AddSequence x) return new AddSequence(sequence(desired, x.sequence()));
    if (c instanceof DropSequence x) return new DropSequence(sequence(current, x.sequence()));
    if (c instanceof AlterSequence x) return new AlterSequence(sequence(current, x.from()), sequence(desired, x.to()));
    if (c instanceof AddExtension x) return new AddExtension(extension(desired, x.extension()));
    if (c instanceof DropExtension x) return new DropExtension(extension(current, x.extension()));
    if (c instanceof AlterExtension x) return new AlterExtension(extension(current, x.from()), extension(desired, x.to()));
    if (c instanceof AddNamespace x) return new AddNamespace(namespace(desired, x.namespace()));
    if (c instanceof DropNamespace x) return new DropNamespace(namespace(current, x.namespace()));
    // Renames, options, row security and comments carry names and plain values only.
    return c;
  }

  private static <T> T or(T original, T normalised) {
    return original != null ? original : normalised;
  }

  private static Column column(Map<QualifiedName, Table> tables, QualifiedName table, Column c) {
    Table t = tables.get(table);
    return t == null ? c : t.findColumn(c.name()).orElse(c);
  }

  private static Constraint constraint(Map<QualifiedName, Table> tables, QualifiedName table, Constraint c) {
    Table t = tables.get(table);
    if (t == null) return c;
    Constraint o = t.findConstraint(c.name()).orElse(null);
    return o != null && o.getClass() == c.getClass() ? o : c;
  }

  private static Index index(Schema s, Map<QualifiedName, Table> tables, QualifiedName table, Index i) {
    Table t = tables.get(table);
    if (t != null) return t.findIndex(i.name()).orElse(i);
    View v = s.findView(table).orElse(null);
    if (v == null) return i;
    for (Index o : v.indexes()) if (o.name().equals(i.name())) return o;
    return i;
  }

  private static View view(Schema s, View v) {
    return s.findView(v.name()).orElse(v);
  }

  private static Routine routine(Schema s, Routine r) {
    for (Routine o : s.routines()) if (o.signature().equals(r.signature())) return o;
    return r;
  }

  private static Trigger trigger(Map<QualifiedName, Table> tables, QualifiedName table, Trigger g) {
    Table t = tables.get(table);
    if (t == null) return g;
    for (Trigger o : t.triggers()) if (o.name().equals(g.name())) return o;
    return g;
  }

  private static Policy policy(Map<QualifiedName, Table> tables, QualifiedName table, Policy p) {
    Table t = tables.get(table);
    if (t == null) return p;
    for (Policy o : t.policies()) if (o.name().equals(p.name())) return o;
    return p;
  }

  private static TypeDef type(Schema s, TypeDef t) {
    TypeDef o = s.findType(t.name()).orElse(null);
    return o != null && o.getClass() == t.getClass() ? o : t;
  }

  private static Sequence sequence(Schema s, Sequence q) {
    return s.findSequence(q.name()).orElse(q);
  }

  private static Extension extension(Schema s, Extension e) {
    for (Extension o : s.extensions()) if (o.name().equals(e.name())) return o;
    return e;
  }

  private static Namespace namespace(Schema s, Namespace n) {
    for (Namespace o : s.namespaces()) if (o.name().equals(n.name())) return o;
    return n;
  }
}
