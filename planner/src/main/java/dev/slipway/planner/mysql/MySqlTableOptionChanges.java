package dev.slipway.planner.mysql;

import dev.slipway.model.Attr;
import dev.slipway.model.Namespace;
import dev.slipway.model.Table;
import dev.slipway.model.change.AlterTableOptions;
import dev.slipway.model.mysql.MySqlDatabaseOptions;
import dev.slipway.model.mysql.MySqlPartitions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.PlanningException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Table option changes (dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html, Table Operations):
 * {@code ENGINE=} and a new character set or collation copy the table ({@code CONVERT TO CHARACTER SET}, since
 * columns that inherit the table's collation change with it); {@code ROW_FORMAT=} rebuilds it in place.
 */
final class MySqlTableOptionChanges {
  private MySqlTableOptionChanges() {}

  static MySqlClause clause(AlterTableOptions c, PlanContext context, Table existing) {
    MySqlTableOptions from = find(c.from());
    MySqlTableOptions to = find(c.to());
    if (!Objects.equals(partitions(c.from()), partitions(c.to()))) {
      throw new PlanningException("re-partitioning " + c.table() + " is not planned: ALTER TABLE … PARTITION BY copies the"
          + " table and cannot carry ALGORITHM/LOCK here; run it by hand or drop and recreate the table");
    }
    if (to == null) throw new PlanningException("no table options for " + c.table());
    List<String> parts = new ArrayList<>();
    LockMode lock = MySqlLocks.inplace(existing);
    boolean rewrites = false;
    List<Hazard> hazards = new ArrayList<>();
    if (from == null || !Objects.equals(from.engine(), to.engine())) {
      parts.add("ENGINE=" + to.engine());
      lock = LockMode.MYSQL_COPY_SHARED;
      rewrites = true;
    }
    if (from == null || !Objects.equals(from.charset(), to.charset()) || !Objects.equals(from.collation(), to.collation())) {
      String charset = to.charset();
      String collation = to.collation();
      if (charset == null && collation == null) {
        // Inherited: the database's defaults (model.mysql conventions).
        MySqlDatabaseOptions db = database(context, c.table().schema());
        if (db == null) throw new PlanningException("cannot tell the character set " + c.table() + " inherits");
        charset = db.charset();
        collation = db.collation();
      }
      if (charset == null) charset = collation.split("_")[0];
      parts.add("CONVERT TO CHARACTER SET " + charset + (collation == null ? "" : " COLLATE " + collation));
      lock = LockMode.MYSQL_COPY_SHARED;
      rewrites = true;
      hazards.add(Hazard.of(HazardCode.DATA_DEPENDENT, "converts every text column of " + c.table().name() + " to "
          + charset + ": fails or loses characters the new character set cannot hold; unique keys may now collide"));
    }
    if (from == null || !Objects.equals(from.rowFormat(), to.rowFormat())) {
      parts.add("ROW_FORMAT=" + (to.rowFormat() == null ? "DEFAULT" : to.rowFormat()));
      rewrites = true;
    }
    if (parts.isEmpty()) throw new PlanningException("no table option of " + c.table() + " differs");
    return new MySqlClause(c.table(), String.join(", ", parts), lock, rewrites && existing != null, hazards, c.subject());
  }

  static MySqlTableOptions find(List<Attr> attrs) {
    for (Attr a : attrs) if (a instanceof MySqlTableOptions o) return o;
    return null;
  }

  static MySqlPartitions partitions(List<Attr> attrs) {
    for (Attr a : attrs) if (a instanceof MySqlPartitions p) return p;
    return null;
  }

  private static MySqlDatabaseOptions database(PlanContext context, String schema) {
    for (Namespace n : context.desired().namespaces()) {
      if (!n.name().equals(schema)) continue;
      for (Attr a : n.attrs()) if (a instanceof MySqlDatabaseOptions o) return o;
    }
    return null;
  }
}
