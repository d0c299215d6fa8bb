package dev.slipway.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table. Columns keep their declared order; constraints, indexes, triggers and policies are sorted by
 * name. {@code partitioning} is set on a partitioned parent, {@code partitionOf} on a partition.
 * {@code size} is the engine's estimate and is not part of the fingerprint.
 */
public record Table(
    QualifiedName name,
    List<Column> columns,
    List<Constraint> constraints,
    List<Index> indexes,
    List<Trigger> triggers,
    List<Policy> policies,
    Partitioning partitioning,
    PartitionOf partitionOf,
    boolean rowSecurity,
    boolean forceRowSecurity,
    String comment,
    List<Attr> attrs,
    @NotFingerprinted SizeEstimate size) {

  public Table {
    Checks.required(name, "table name");
    columns = Checks.list(columns);
    Checks.unique(columns.stream().map(Column::name).toList(), "table " + name + " column");
    constraints = Checks.sortedUnique(constraints, Constraint::name, "table " + name + " constraint");
    indexes = Checks.sortedUnique(indexes, Index::name, "table " + name + " index");
    triggers = Checks.sortedUnique(triggers, Trigger::name, "table " + name + " trigger");
    policies = Checks.sortedUnique(policies, Policy::name, "table " + name + " policy");
    attrs = Checks.list(attrs);
    size = size == null ? SizeEstimate.UNKNOWN : size;
    validateReferences(name, columns, constraints, indexes);
  }

  private static void validateReferences(
      QualifiedName name, List<Column> columns, List<Constraint> constraints, List<Index> indexes) {
    Set<String> names = new HashSet<>();
    for (Column c : columns) names.add(c.name());
    long pks = 0;
    for (Constraint c : constraints) {
      List<String> cols = List.of();
      if (c instanceof PrimaryKey pk) {
        cols = pk.columns();
        pks++;
      } else if (c instanceof UniqueConstraint u) {
        cols = u.columns();
      } else if (c instanceof ForeignKey fk) {
        cols = fk.columns();
      }
      for (String col : cols) {
        if (!names.contains(col)) {
          throw new InvalidModelException("constraint " + c.name() + " on " + name + " names unknown column " + col);
        }
      }
    }
    if (pks > 1) throw new InvalidModelException("table " + name + " has more than one primary key");
    for (Index i : indexes) {
      for (IndexKey k : i.keys()) {
        if (k.column() != null && !names.contains(k.column())) {
          throw new InvalidModelException("index " + i.name() + " on " + name + " names unknown column " + k.column());
        }
      }
    }
  }

  /** A table with just these columns. */
  public static Table of(QualifiedName name, List<Column> columns) {
    return new Table(name, columns, List.of(), List.of(), List.of(), List.of(), null, null, false, false,
        null, List.of(), SizeEstimate.UNKNOWN);
  }

  public Optional<Column> findColumn(String column) {
    return columns.stream().filter(c -> c.name().equals(column)).findFirst();
  }

  public Column requireColumn(String column) {
    return findColumn(column).orElseThrow(
        () -> new InvalidModelException("table " + name + " has no column " + column));
  }

  public Optional<PrimaryKey> primaryKey() {
    return constraints.stream().filter(PrimaryKey.class::isInstance).map(PrimaryKey.class::cast).findFirst();
  }

  public List<ForeignKey> foreignKeys() {
    return constraints.stream().filter(ForeignKey.class::isInstance).map(ForeignKey.class::cast).toList();
  }

  public Optional<Constraint> findConstraint(String constraint) {
    return constraints.stream().filter(c -> c.name().equals(constraint)).findFirst();
  }

  public Optional<Index> findIndex(String index) {
    return indexes.stream().filter(i -> i.name().equals(index)).findFirst();
  }

  public <A extends Attr> Optional<A> findAttr(Class<A> kind) {
    return attrs.stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }

  public Table withName(QualifiedName value) {
    return new Table(value, columns, constraints, indexes, triggers, policies, partitioning, partitionOf,
        rowSecurity, forceRowSecurity, comment, attrs, size);
  }

  public Table withColumns(List<Column> value) {
    return new Table(name, value, constraints, indexes, triggers, policies, partitioning, partitionOf,
        rowSecurity, forceRowSecurity, comment, attrs, size);
  }

  public Table withConstraints(List<Constraint> value) {
    return new Table(name, columns, value, indexes, triggers, policies, partitioning, partitionOf,
        rowSecurity, forceRowSecurity, comment, attrs, size);
  }

  public Table withIndexes(List<Index> value) {
    return new Table(name, columns, constraints, value, triggers, policies, partitioning, partitionOf,
        rowSecurity, forceRowSecurity, comment, attrs, size);
  }

  public Table withTriggers(List<Trigger> value) {
    return new Table(name, columns, constraints, indexes, value, policies, partitioning, partitionOf,
        rowSecurity, forceRowSecurity, comment, attrs, size);
  }

  public Table withPolicies(List<Policy> value) {
    return new Table(name, columns, constraints, indexes, triggers, value, partitioning, partitionOf,
        rowSecurity, forceRowSecurity, comment, attrs, size);
  }

  public Table withComment(String value) {
    return new Table(name, columns, constraints, indexes, triggers, policies, partitioning, partitionOf,
        rowSecurity, forceRowSecurity, value, attrs, size);
  }

  public Table withRowSecurity(boolean enabled, boolean forced) {
    return new Table(name, columns, constraints, indexes, triggers, policies, partitioning, partitionOf,
        enabled, forced, comment, attrs, size);
  }

  public Table withPartitioning(Partitioning value, PartitionOf of) {
    return new Table(name, columns, constraints, indexes, triggers, policies, value, of,
        rowSecurity, forceRowSecurity, comment, attrs, size);
  }

  public Table withAttrs(List<Attr> value) {
    return new Table(name, columns, constraints, indexes, triggers, policies, partitioning, partitionOf,
        rowSecurity, forceRowSecurity, comment, value, size);
  }

  public Table withSize(SizeEstimate value) {
    return new Table(name, columns, constraints, indexes, triggers, policies, partitioning, partitionOf,
        rowSecurity, forceRowSecurity, comment, attrs, value);
  }
}
