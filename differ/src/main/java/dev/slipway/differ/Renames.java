package dev.slipway.differ;

import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.change.Change;
import dev.slipway.model.change.RenameColumn;
import dev.slipway.model.change.RenameTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the desired schema's rename hints to the current tables: emits {@link RenameTable} /
 * {@link RenameColumn} and returns the current tables keyed by their desired name, renamed as PostgreSQL
 * would rename them (constraint and index column lists follow the column). A hint whose old name is
 * absent, and whose new name is not already there (hint already applied), is an error naming its location;
 * so is a hint whose old name the desired schema still has (both names wanted: the hint contradicts it).
 */
final class Renames {
  private final Filter filter;
  private final List<Change> out;
  /** Desired name → current name, for every table a hint renamed. */
  final Map<QualifiedName, QualifiedName> originals = new HashMap<>();

  Renames(Filter filter, List<Change> out) {
    this.filter = filter;
    this.out = out;
  }

  Map<QualifiedName, Table> resolve(Map<QualifiedName, Table> current, Schema desired) {
    Map<QualifiedName, Table> byDesired = new HashMap<>(current);
    Set<QualifiedName> desiredNames = new HashSet<>();
    for (Table t : desired.tables()) desiredNames.add(t.name());
    for (RenameHint h : desired.renameHints()) {
      if (!h.isTable() || !filter.object(h.table())) continue;
      QualifiedName to = h.table();
      QualifiedName from = new QualifiedName(to.schema(), h.from());
      // Checked first: a hint whose old name is still desired is contradictory even if "to" exists already.
      if (desiredNames.contains(from)) {
        throw new DiffException(where(h) + "rename hint: table " + from + " is renamed to " + to
            + " but the desired schema still has a table " + from);
      }
      if (current.containsKey(to)) continue; // already renamed: the hint is history
      Table old = current.get(from);
      if (old == null) {
        throw new DiffException(where(h) + "rename hint: table " + from + " (renamed to " + to
            + ") does not exist in the current schema");
      }
      out.add(new RenameTable(from, to));
      byDesired.remove(from);
      byDesired.put(to, old.withName(to));
      originals.put(to, from);
    }
    Map<QualifiedName, Table> desiredTables = new HashMap<>();
    for (Table t : desired.tables()) desiredTables.put(t.name(), t);
    for (RenameHint h : desired.renameHints()) {
      if (h.isTable() || !filter.object(h.table())) continue;
      Table wanted = desiredTables.get(h.table());
      if (wanted != null && !h.from().equals(h.column()) && wanted.findColumn(h.from()).isPresent()) {
        throw new DiffException(where(h) + "rename hint: column " + h.table() + "." + h.from() + " is renamed to "
            + h.column() + " but the desired table still has a column " + h.from());
      }
      Table t = byDesired.get(h.table());
      if (t != null && t.findColumn(h.column()).isPresent()) continue;
      if (t == null || t.findColumn(h.from()).isEmpty()) {
        throw new DiffException(where(h) + "rename hint: column " + h.table() + "." + h.from() + " (renamed to "
            + h.column() + ") does not exist in the current schema");
      }
      out.add(new RenameColumn(h.table(), h.from(), h.column()));
      byDesired.put(h.table(), renameColumn(t, h.from(), h.column()));
    }
    return byDesired;
  }

  private static String where(RenameHint h) {
    return h.location() == null || h.location().isEmpty() ? "" : h.location() + ": ";
  }

  /** The table as it is after {@code ALTER TABLE … RENAME COLUMN}: every reference follows the column. */
  static Table renameColumn(Table t, String from, String to) {
    List<Column> columns = new ArrayList<>();
    for (Column c : t.columns()) columns.add(c.name().equals(from) ? c.withName(to) : c);
    List<Constraint> constraints = new ArrayList<>();
    for (Constraint c : t.constraints()) {
      if (c instanceof PrimaryKey pk) {
        constraints.add(new PrimaryKey(pk.name(), swap(pk.columns(), from, to), swap(pk.include(), from, to),
            pk.comment()));
      } else if (c instanceof UniqueConstraint u) {
        constraints.add(new UniqueConstraint(u.name(), swap(u.columns(), from, to), swap(u.include(), from, to),
            u.nullsNotDistinct(), u.deferrability(), u.comment()));
      } else if (c instanceof ForeignKey fk) {
        List<String> refs = fk.referencedTable().equals(t.name()) ? swap(fk.referencedColumns(), from, to)
            : fk.referencedColumns();
        constraints.add(new ForeignKey(fk.name(), swap(fk.columns(), from, to), fk.referencedTable(), refs,
            fk.onUpdate(), fk.onDelete(), fk.match(), fk.deferrability(), fk.valid(), fk.comment()));
      } else {
        constraints.add(c);
      }
    }
    List<Index> indexes = new ArrayList<>();
    for (Index i : t.indexes()) {
      List<IndexKey> keys = new ArrayList<>();
      for (IndexKey k : i.keys()) {
        keys.add(from.equals(k.column()) ? new IndexKey(to, null, k.collation(), k.opclass(), k.order(), k.nulls(),
            k.prefixLength()) : k);
      }
      indexes.add(new Index(i.name(), keys, i.method(), i.unique(), i.nullsNotDistinct(), swap(i.include(), from, to),
          i.predicate(), i.storageParameters(), i.valid(), i.comment(), i.attrs()));
    }
    return new Table(t.name(), columns, constraints, indexes, t.triggers(), t.policies(), t.partitioning(),
        t.partitionOf(), t.rowSecurity(), t.forceRowSecurity(), t.comment(), t.attrs(), t.size());
  }

  private static List<String> swap(List<String> names, String from, String to) {
    List<String> r = new ArrayList<>(names.size());
    for (String n : names) r.add(n.equals(from) ? to : n);
    return r;
  }
}
