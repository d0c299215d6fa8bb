package dev.slipway.planner.mysql;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Table;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanningException;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE clauses for indexes and constraints, per dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html
 * (Index, Primary Key and Foreign Key Operations) and mariadb.com/kb/en/innodb-online-ddl-operations-with-the-inplace-alter-algorithm/.
 */
final class MySqlKeyChanges {
  private MySqlKeyChanges() {}

  /** Secondary index build: in place, concurrent DML allowed; FULLTEXT and SPATIAL builds block writes. */
  static MySqlClause addIndex(QualifiedName table, Index i, Table existing, ObjectRef subject) {
    List<Hazard> hazards = new ArrayList<>();
    if (existing == null) return new MySqlClause(table, "ADD " + MySqlSql.index(i), LockMode.MYSQL_INPLACE_NONE, false, hazards, subject);
    String method = i.method().toLowerCase(java.util.Locale.ROOT);
    hazards.add(MySqlStatements.sized(HazardCode.INDEX_BUILD, existing, "builds index " + i.name() + " on "
        + MySqlStatements.describe(existing, table.name()) + " (reads and sorts every row)"));
    if (i.unique()) {
      hazards.add(Hazard.of(HazardCode.DATA_DEPENDENT, "fails if " + table.name() + " holds duplicate values of ("
          + keyNames(i) + ")"));
    }
    boolean shared = method.equals("fulltext") || method.equals("spatial");
    // The first FULLTEXT index adds the hidden FTS_DOC_ID column: a rebuild (Adding a FULLTEXT index).
    boolean rebuild = method.equals("fulltext") && !MySqlLocks.hasFulltext(existing);
    LockMode lock = shared ? LockMode.MYSQL_INPLACE_SHARED : MySqlLocks.inplace(existing);
    return new MySqlClause(table, "ADD " + MySqlSql.index(i), lock, rebuild, hazards, subject);
  }

  static MySqlClause dropIndex(QualifiedName table, Index i, Table existing, ObjectRef subject) {
    List<Hazard> hazards = new ArrayList<>();
    if (existing != null) {
      hazards.add(Hazard.of(HazardCode.INDEX_DROPPED, "queries that used index " + i.name() + " on " + table.name()
          + " may slow down"));
    }
    return new MySqlClause(table, "DROP INDEX " + MySqlSql.q(i.name()), MySqlLocks.inplace(existing), false, hazards, subject);
  }

  private static String keyNames(Index i) {
    List<String> out = new ArrayList<>();
    for (var k : i.keys()) out.add(k.column() != null ? k.column() : k.expression().text());
    return String.join(", ", out);
  }

  /**
   * Adds a constraint. PRIMARY KEY: in place with a rebuild (copy when a key column is nullable now, as the
   * server then refuses INPLACE). FOREIGN KEY: COPY, since INPLACE is allowed only with foreign_key_checks=0,
   * which would skip checking existing rows (Foreign Key Operations). CHECK: COPY, which checks every row.
   * {@code withDroppedKey}: a DROP PRIMARY KEY of the same table goes first in the same clause list (dropping a
   * primary key alone is a copy; dropping and adding one in one statement is in place).
   */
  static MySqlClause addConstraint(QualifiedName table, Constraint c, Table existing, MySqlVersion v, ObjectRef subject,
      boolean withDroppedKey) {
    String sql = (withDroppedKey ? "DROP PRIMARY KEY, " : "") + "ADD " + MySqlSql.constraint(c, table);
    List<Hazard> hazards = new ArrayList<>();
    if (c instanceof CheckConstraint && !v.checks()) {
      throw new PlanningException(v + " parses CHECK constraints and ignores them (enforced from MySQL 8.0.16): cannot add "
          + table + "." + c.name());
    }
    if (existing == null) {
      LockMode lock = c instanceof ForeignKey || c instanceof CheckConstraint ? LockMode.MYSQL_COPY_SHARED : LockMode.MYSQL_INPLACE_NONE;
      return new MySqlClause(table, sql, lock, false, hazards, subject);
    }
    if (c instanceof PrimaryKey pk) {
      hazards.add(Hazard.of(HazardCode.DATA_DEPENDENT, "fails if " + table.name() + " holds duplicate or NULL values of ("
          + String.join(", ", pk.columns()) + ")"));
      boolean nullable = false;
      for (String col : pk.columns()) nullable |= existing.findColumn(col).map(Column::nullable).orElse(true);
      return new MySqlClause(table, sql, nullable ? LockMode.MYSQL_COPY_SHARED : MySqlLocks.inplace(existing), true, hazards, subject);
    }
    if (c instanceof UniqueConstraint u) {
      hazards.add(Hazard.of(HazardCode.DATA_DEPENDENT, "fails if " + table.name() + " holds duplicate values of ("
          + String.join(", ", u.columns()) + ")"));
      hazards.add(MySqlStatements.sized(HazardCode.INDEX_BUILD, existing, "builds the unique index of " + c.name()));
      return new MySqlClause(table, sql, MySqlLocks.inplace(existing), false, hazards, subject);
    }
    if (c instanceof ForeignKey fk) {
      hazards.add(Hazard.of(HazardCode.DATA_DEPENDENT, "fails if a row of " + table.name() + " has ("
          + String.join(", ", fk.columns()) + ") missing from " + fk.referencedTable()));
      return new MySqlClause(table, sql, LockMode.MYSQL_COPY_SHARED, true, hazards, subject);
    }
    if (c instanceof CheckConstraint) {
      hazards.add(Hazard.of(HazardCode.DATA_DEPENDENT, "fails if a row of " + table.name() + " violates " + c.name()));
      return new MySqlClause(table, sql, LockMode.MYSQL_COPY_SHARED, true, hazards, subject);
    }
    throw new PlanningException("MySQL has no " + c.getClass().getSimpleName() + " (" + table + "." + c.name() + ")");
  }

  /**
   * Drops a constraint. FOREIGN KEY: in place, metadata only. PRIMARY KEY alone: COPY (the server cannot drop
   * a clustered index in place). CHECK: {@code DROP CHECK} (MySQL 8.0.16) in place; MariaDB's
   * {@code DROP CONSTRAINT} instant where the server has instant DDL.
   */
  static MySqlClause dropConstraint(QualifiedName table, Constraint c, Table existing, MySqlVersion v, ObjectRef subject) {
    List<Hazard> hazards = new ArrayList<>();
    if (c instanceof ForeignKey) {
      return new MySqlClause(table, "DROP FOREIGN KEY " + MySqlSql.q(c.name()), MySqlLocks.inplace(existing), false, hazards, subject);
    }
    if (c instanceof PrimaryKey) {
      hazards.add(Hazard.of(HazardCode.BREAKS_CLIENTS, table.name() + " loses its primary key: replication and"
          + " tools that need one (gh-ost, pt-online-schema-change) stop working on it"));
      return new MySqlClause(table, "DROP PRIMARY KEY", LockMode.MYSQL_COPY_SHARED, existing != null, hazards, subject);
    }
    if (c instanceof CheckConstraint) {
      if (v.mariaDb()) {
        // Dropping a check only forgets a rule: MariaDB 10.11 and 11.4 accept it with ALGORITHM=INSTANT
        // (tried on both: scenario 34-drop-check-constraint); before instant DDL (10.3), a copy.
        return new MySqlClause(table, "DROP CONSTRAINT " + MySqlSql.q(c.name()),
            v.instantMetadata() ? LockMode.MYSQL_INSTANT : LockMode.MYSQL_COPY_SHARED,
            existing != null && !v.instantMetadata(), hazards, subject);
      }
      return new MySqlClause(table, "DROP CHECK " + MySqlSql.q(c.name()), MySqlLocks.inplace(existing), false, hazards, subject);
    }
    if (c instanceof UniqueConstraint) {
      hazards.add(Hazard.of(HazardCode.INDEX_DROPPED, "drops the unique index of " + c.name()));
      return new MySqlClause(table, "DROP INDEX " + MySqlSql.q(c.name()), MySqlLocks.inplace(existing), false, hazards, subject);
    }
    throw new PlanningException("MySQL has no " + c.getClass().getSimpleName() + " (" + table + "." + c.name() + ")");
  }

  static ObjectRef constraintRef(QualifiedName table, Constraint c) {
    return ObjectRef.member(ObjectKind.CONSTRAINT, table, c.name());
  }
}
