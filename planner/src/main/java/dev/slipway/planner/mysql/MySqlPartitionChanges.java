package dev.slipway.planner.mysql;

import dev.slipway.model.Table;
import dev.slipway.model.mysql.MySqlPartitions;
import dev.slipway.model.change.AlterTableOptions;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partitions added at the end of, or dropped from, a RANGE or LIST partitioned table: {@code ADD PARTITION}
 * and {@code DROP PARTITION}, each a statement of its own (neither server combines them with other ALTER
 * TABLE clauses). MySQL runs both in place without blocking DML and takes {@code ALGORITHM=INPLACE,
 * LOCK=NONE} before the partition clause (dev.mysql.com/doc/refman/8.0/en/online-ddl-partitioning.html);
 * MariaDB refuses any ALGORITHM or LOCK clause beside them, so there the statement carries none; it adds or
 * drops partition files under a short metadata lock without copying rows, and the plan states the lock as
 * INPLACE/SHARED, the most it can be. Anything else (a new strategy, keys, or a partition changed in the middle) is not planned.
 */
final class MySqlPartitionChanges {
  private static final Pattern NAME = Pattern.compile("(?i)^PARTITION\\s+(`(?:[^`]|``)+`|\\S+)");

  private MySqlPartitionChanges() {}

  /** Whether the change is only partitions appended or dropped, which {@link #render} plans. */
  static boolean handles(AlterTableOptions c) {
    MySqlPartitions from = MySqlTableOptionChanges.partitions(c.from());
    MySqlPartitions to = MySqlTableOptionChanges.partitions(c.to());
    if (from == null || to == null) return false;
    if (!Objects.equals(MySqlTableOptionChanges.find(c.from()), MySqlTableOptionChanges.find(c.to()))) return false;
    List<String> was = from.definitions();
    List<String> now = to.definitions();
    if (was.size() == 1 && was.get(0).startsWith("PARTITIONS ") || now.size() == 1 && now.get(0).startsWith("PARTITIONS ")) {
      return false;
    }
    return appended(was, now) || now.size() < was.size() && was.containsAll(now) && inOrder(was, now);
  }

  static List<Statement> render(AlterTableOptions c, PlanContext context, MySqlVersion v, Table existing) {
    List<String> was = MySqlTableOptionChanges.partitions(c.from()).definitions();
    List<String> now = MySqlTableOptionChanges.partitions(c.to()).definitions();
    String table = MySqlSql.q(c.table().name());
    String online = v.mariaDb() ? "" : "ALGORITHM=INPLACE, LOCK=NONE, ";
    LockMode lock = v.mariaDb() ? LockMode.MYSQL_INPLACE_SHARED : LockMode.MYSQL_INPLACE_NONE;
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(Hazard.of(HazardCode.NOT_TRANSACTIONAL, MySqlStatements.NOT_TRANSACTIONAL));
    String sql;
    if (appended(was, now)) {
      sql = "ALTER TABLE " + table + " " + online + "ADD PARTITION (" + String.join(", ", now.subList(was.size(), now.size())) + ")";
    } else {
      List<String> dropped = new ArrayList<>();
      for (String p : was) if (!now.contains(p)) dropped.add(name(p));
      sql = "ALTER TABLE " + table + " " + online + "DROP PARTITION " + String.join(", ", dropped);
      hazards.add(MySqlStatements.sized(HazardCode.DELETES_DATA, existing, "drops partition(s) " + String.join(", ", dropped)
          + " of " + c.table() + " and every row in them"));
    }
    return List.of(new Statement(sql, false, lock, context.lockTimeout(), MySqlStatements.catalogTimeout(context),
        c.subject(), hazards, false));
  }

  private static boolean appended(List<String> was, List<String> now) {
    return now.size() > was.size() && now.subList(0, was.size()).equals(was);
  }

  private static boolean inOrder(List<String> was, List<String> now) {
    int i = 0;
    for (String p : was) if (i < now.size() && now.get(i).equals(p)) i++;
    return i == now.size();
  }

  private static String name(String definition) {
    Matcher m = NAME.matcher(definition.strip());
    return m.find() ? m.group(1) : definition;
  }
}
