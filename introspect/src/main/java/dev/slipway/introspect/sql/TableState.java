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
    List<Constraint> all = new ArrayList<>(constraints.values());
    all.addAll(resolvedForeignKeys);
    return new Table(name, columns, all, new ArrayList<>(indexes.values()), new ArrayList<>(triggers.values()),
        new ArrayList<>(policies.values()), partitioning, partitionOf, rowSecurity, forceRowSecurity, comment,
        attrs, SizeEstimate.UNKNOWN);
  }
}
