package dev.slipway.planner.mysql;

import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.Table;
import dev.slipway.planner.LockMode;

/** Facts about an existing table that limit what online DDL may do to it. */
final class MySqlLocks {
  private MySqlLocks() {}

  /**
   * INPLACE with LOCK=NONE, except on a table with ON … CASCADE / SET NULL foreign keys, where the server
   * refuses LOCK=NONE (dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-limitations.html): LOCK=SHARED there.
   */
  static LockMode inplace(Table existing) {
    if (existing != null) {
      for (ForeignKey fk : existing.foreignKeys()) {
        if (cascades(fk.onDelete()) || cascades(fk.onUpdate())) return LockMode.MYSQL_INPLACE_SHARED;
      }
    }
    return LockMode.MYSQL_INPLACE_NONE;
  }

  private static boolean cascades(ForeignKey.Action a) {
    return a == ForeignKey.Action.CASCADE || a == ForeignKey.Action.SET_NULL;
  }

  /** A FULLTEXT index (its hidden FTS_DOC_ID column) keeps ADD/DROP COLUMN from being instant. */
  static boolean hasFulltext(Table existing) {
    if (existing == null) return false;
    for (Index i : existing.indexes()) if (i.method().equalsIgnoreCase("fulltext")) return true;
    return false;
  }
}
