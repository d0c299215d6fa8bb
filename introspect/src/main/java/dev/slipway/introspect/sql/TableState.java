package dev.slipway.introspect.sql;

import dev.slipway.model.Attr;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Index;
import dev.slipway.model.PartitionOf;
import dev.slipway.model.Partitioning;
import dev.slipway.model.Policy;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.SizeEstimate;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table while its statements are being read: later statements (ALTER TABLE, CREATE INDEX, COMMENT ON)
 * add to it, and {@link #build()} makes the immutable {@link Table} once every file has been read.
 */
final class TableState {
  /** A FOREIGN KEY whose referenced columns may only be known once the referenced table is read. */
  record PendingForeignKey(dev.slipway.model.ForeignKey draft, boolean refColumnsImplicit, String location) {}

  final QualifiedName name;
  final String location;
  final List<Column> columns = new ArrayList<>();
  final Map<String, Constraint> constraints = new LinkedHashMap<>();
  final List<PendingForeignKey> foreignKeys = new ArrayList<>();
  final Map<String, Index> indexes = new LinkedHashMap<>();
  final Map<String, String> indexLocations = new LinkedHashMap<>();
  final Map<String, Trigger> triggers = new LinkedHashMap<>();
  final Map<String, Policy> policies = new LinkedHashMap<>();
  /**
   * Names of the constraints and indexes this partition got from its partitioned parent. They exist in the
   * server, but belong to the parent: the catalog reader skips them (conparentid, conislocal, pg_inherits),
   * and so does {@link #build}. They are kept until then so implicit names chosen later avoid them.
   */
  final java.util.Set<String> inherited = new java.util.HashSet<>();
  Partitioning partitioning;
  /** The parent while a PARTITION OF statement is being read (its keys are copied once the partition's own are in). */
  TableState pendingParent;
  PartitionOf partitionOf;
  boolean rowSecurity;
  boolean forceRowSecurity;
  String comment;
  final List<Attr> attrs = new ArrayList<>();

  TableState(QualifiedName name, String location) {
    this.name = name;
    this.location = location;
  }

  Optional<Column> column(String col) {
    return columns.stream().filter(c -> c.name().equals(col)).findFirst();
  }

  dev.slipway.model.postgres.PostgresTableOptions findOptions() {
    for (Attr a : attrs) {
      if (a instanceof dev.slipway.model.postgres.PostgresTableOptions o) return o;
    }
    return dev.slipway.model.postgres.PostgresTableOptions.DEFAULT;
  }

  void replaceColumn(Column updated) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(updated.name())) {
        columns.set(i, updated);
        return;
      }
    }
    throw new IllegalStateException("no column " + updated.name());
  }

  Table build(List<Constraint> resolvedForeignKeys) {
    List<Constraint> all = new ArrayList<>();
    for (Constraint c : constraints.values()) if (!inherited.contains(c.name())) all.add(c);
    for (Constraint c : resolvedForeignKeys) if (!inherited.contains(c.name())) all.add(c);
    List<Index> own = new ArrayList<>();
    for (Index i : indexes.values()) if (!inherited.contains(i.name())) own.add(i);
    return new Table(name, columns, all, own, new ArrayList<>(triggers.values()),
        new ArrayList<>(policies.values()), partitioning, partitionOf, rowSecurity, forceRowSecurity, comment,
        attrs, SizeEstimate.UNKNOWN);
  }
}
