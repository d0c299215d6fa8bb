package dev.slipway.introspect.sql;

import dev.slipway.model.Constraint;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys and indexes of a partitioned table exist on every partition too, under names the server chooses
 * for the partition ({@code DefineIndex} recursing with {@code ChooseIndexName(partition, …)}):
 * {@code <partition>_pkey}, {@code <partition>_<cols>_key}, {@code <partition>_<cols>_idx}; foreign keys
 * are cloned under their own name. The copies are recorded as {@link TableState#inherited}: they reserve
 * their names but are not the partition's own, just as the catalog reader reports them only on the parent.
 * {@code ONLY} (as pg_dump writes it) suppresses this; pg_dump then names each partition's copy itself.
 */
final class PostgresPartitions {
  private static final Pattern CALL = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

  private PostgresPartitions() {}

  static List<TableState> partitionsOf(SchemaState s, TableState parent) {
    // Only a partitioned table has partitions (PARTITION OF checks it); without this shortcut every CREATE
    // INDEX scanned every table, quadratic in a 10 MB file of tens of thousands of tables.
    if (parent.partitioning == null) return List.of();
    List<TableState> out = new ArrayList<>();
    for (TableState t : s.tables.values()) {
      if (t.partitionOf != null && t.partitionOf.parent().equals(parent.name)) out.add(t);
    }
    return out;
  }

  /** A new or newly attached partition gets a copy of each key and index its parent already has. */
  static void copyAll(SchemaState s, TableState parent, TableState child) {
    for (Constraint con : parent.constraints.values()) copyConstraint(s, con, child);
    for (Index index : parent.indexes.values()) copyIndex(s, index, child);
    for (TableState.PendingForeignKey fk : parent.foreignKeys) copyForeignKey(fk, child);
  }

  /** A cloned foreign key keeps its parent's name (pg_constraint.conparentid points at the parent's). */
  static void copyForeignKey(TableState.PendingForeignKey fk, TableState child) {
    boolean present = child.foreignKeys.stream().anyMatch(f -> f.draft().name().equals(fk.draft().name()));
    if (!present && !child.constraints.containsKey(fk.draft().name())) {
      child.foreignKeys.add(fk);
      child.inherited.add(fk.draft().name());
    }
  }

  static void copyConstraint(SchemaState s, Constraint con, TableState child) {
    List<String> columns;
    String label;
    if (con instanceof PrimaryKey pk) {
      columns = pk.columns();
      label = "pkey";
    } else if (con instanceof UniqueConstraint u) {
      columns = u.columns();
      label = "key";
    } else {
      return;
    }
    java.util.Optional<Constraint> present = child.constraints.values().stream().filter(c -> c.getClass() == con.getClass()
        && columns.equals(con instanceof PrimaryKey ? ((PrimaryKey) c).columns() : ((UniqueConstraint) c).columns()))
        .findFirst();
    if (present.isPresent()) {
      // ATTACH PARTITION adopts a matching key the table already has (its conparentid is set).
      child.inherited.add(present.get().name());
      return;
    }
    String name = PostgresNames.choose(child.name.name(), label.equals("pkey") ? null : PostgresNames.addition(columns),
        label, s.relationNames(child.name.schema()));
    s.constraintNames(child.name.schema()).add(name);
    child.inherited.add(name);
    if (con instanceof PrimaryKey pk) {
      child.constraints.put(name, new PrimaryKey(name, pk.columns(), pk.include(), null));
    } else {
      UniqueConstraint u = (UniqueConstraint) con;
      child.constraints.put(name, new UniqueConstraint(name, u.columns(), u.include(), u.nullsNotDistinct(),
          u.deferrability(), null));
    }
  }

  static void copyIndex(SchemaState s, Index index, TableState child) {
    java.util.Optional<Index> present = child.indexes.values().stream().filter(i -> i.keys().equals(index.keys())
        && i.method().equals(index.method()) && i.unique() == index.unique()).findFirst();
    if (present.isPresent()) {
      // ATTACH PARTITION attaches a matching index the table already has (pg_inherits links it).
      child.inherited.add(present.get().name());
      return;
    }
    List<String> keyNames = new ArrayList<>();
    for (IndexKey k : index.keys()) {
      String base = k.column() != null ? k.column() : figure(k.expression().text());
      String unique = base;
      for (int i = 1; keyNames.contains(unique); i++) unique = base + i;
      keyNames.add(unique);
    }
    String name = PostgresNames.choose(child.name.name(), PostgresNames.addition(keyNames), "idx",
        s.relationNames(child.name.schema()));
    s.indexOwners.put(new dev.slipway.model.QualifiedName(child.name.schema(), name), child.name);
    child.inherited.add(name);
    child.indexes.put(name, new Index(name, index.keys(), index.method(), index.unique(), index.nullsNotDistinct(),
        index.include(), index.predicate(), index.storageParameters(), true, null, index.attrs()));
  }

  private static String figure(String expression) {
    Matcher m = CALL.matcher(expression);
    return m.find() ? PostgresLexer.fold(m.group(1)) : "expr";
  }
}
