package dev.slipway.planner.mysql;

import dev.slipway.model.ServerVersion;

/**
 * What a MySQL or MariaDB version can do without rebuilding a table, each capability citing its source.
 * MySQL: dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html; MariaDB:
 * mariadb.com/kb/en/innodb-online-ddl-operations-with-the-instant-alter-algorithm/.
 */
final class MySqlVersion {
  private final ServerVersion v;

  MySqlVersion(ServerVersion v) {
    this.v = v;
  }

  boolean mariaDb() {
    return v.isMariaDb();
  }

  /** ADD COLUMN as the last column without a rebuild: MySQL 8.0.12, MariaDB 10.3.2. */
  boolean instantAddLast() {
    return mariaDb() ? v.atLeast(10, 3, 2) : v.atLeast(8, 0, 12);
  }

  /** ADD COLUMN anywhere (AFTER / FIRST) without a rebuild: MySQL 8.0.29, MariaDB 10.4. */
  boolean instantAddAnywhere() {
    return mariaDb() ? v.atLeast(10, 4) : v.atLeast(8, 0, 29);
  }

  /** DROP COLUMN without a rebuild: MySQL 8.0.29, MariaDB 10.4. */
  boolean instantDrop() {
    return instantAddAnywhere();
  }

  /** SET/DROP DEFAULT and appending ENUM/SET members as ALGORITHM=INSTANT: MySQL 8.0.12, MariaDB 10.3.2. */
  boolean instantMetadata() {
    return instantAddLast();
  }

  /** {@code RENAME COLUMN a TO b}: MySQL 8.0.3, MariaDB 10.5.2 (before: {@code CHANGE} with the full definition). */
  boolean renameColumn() {
    return mariaDb() ? v.atLeast(10, 5, 2) : v.atLeast(8, 0, 3);
  }

  /** RENAME COLUMN as ALGORITHM=INSTANT: MySQL 8.0.28 (earlier it is an in-place metadata change). */
  boolean instantRenameColumn() {
    return !mariaDb() && v.atLeast(8, 0, 28);
  }

  /** {@code RENAME INDEX a TO b}: MySQL 5.7, MariaDB 10.5.2. */
  boolean renameIndex() {
    return mariaDb() ? v.atLeast(10, 5, 2) : v.atLeast(5, 7);
  }

  /** CHECK constraints are enforced from MySQL 8.0.16 (parsed and ignored before) and MariaDB 10.2.1. */
  boolean checks() {
    return mariaDb() ? v.atLeast(10, 2, 1) : v.atLeast(8, 0, 16);
  }

  /** {@code CREATE OR REPLACE TRIGGER / FUNCTION / PROCEDURE}: MariaDB only (10.1.4 / 10.1.3). */
  boolean createOrReplaceCode() {
    return mariaDb();
  }

  /** {@code ALTER DATABASE … COMMENT}: MariaDB 10.5; MySQL has no database comments. */
  boolean databaseComments() {
    return mariaDb() && v.atLeast(10, 5);
  }

  @Override
  public String toString() {
    return (mariaDb() ? "MariaDB " : "MySQL ") + v;
  }
}
