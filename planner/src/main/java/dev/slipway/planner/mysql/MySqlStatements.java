package dev.slipway.planner.mysql;

import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.SizeEstimate;
import dev.slipway.model.Table;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Severity;
import dev.slipway.planner.Statement;
import dev.slipway.planner.TableSizes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds MySQL {@link Statement}s: never transactional (every MySQL DDL statement commits implicitly:
 * dev.mysql.com/doc/refman/8.0/en/implicit-commit.html), the context's lock timeout (applied as
 * {@code lock_wait_timeout}), a statement timeout sized to the work, and hazards graded by table size:
 * {@code danger} above {@link TableSizes#LARGE_ROWS} rows or {@link TableSizes#LARGE_BYTES} bytes, as for PostgreSQL.
 */
final class MySqlStatements {
  static final Duration CATALOG = Duration.ofSeconds(3);
  static final Duration SCAN = Duration.ofMinutes(20);
  static final String NOT_TRANSACTIONAL = "MySQL commits every DDL statement implicitly: it cannot be rolled back";

  private MySqlStatements() {}

  /** A statement that is not an ALTER TABLE (CREATE/DROP/RENAME, views, triggers, routines). */
  static Statement plain(PlanContext context, ObjectRef subject, String sql, List<Hazard> hazards) {
    List<Hazard> all = new ArrayList<>();
    all.add(Hazard.of(HazardCode.NOT_TRANSACTIONAL, NOT_TRANSACTIONAL));
    all.addAll(hazards);
    return new Statement(sql, false, LockMode.NONE, context.lockTimeout(), catalogTimeout(context), subject, all, false);
  }

  /** One ALTER TABLE of clauses that need the same algorithm and lock. */
  static Statement alter(PlanContext context, Table existing, QualifiedName table, List<MySqlClause> clauses) {
    MySqlClause first = clauses.get(0);
    LockMode lock = first.lock();
    boolean rewrites = false;
    List<String> sql = new ArrayList<>(clauses.size());
    Set<Hazard> hazards = new LinkedHashSet<>();
    hazards.add(Hazard.of(HazardCode.NOT_TRANSACTIONAL, NOT_TRANSACTIONAL));
    for (MySqlClause c : clauses) {
      sql.add(c.sql());
      rewrites |= c.rewrites();
      hazards.addAll(c.hazards());
    }
    String body = String.join(", ", sql);
    String desc = describe(existing, table.name());
    List<String> alternatives = List.of();
    if (existing != null && rewrites) {
      String how = lock == LockMode.MYSQL_COPY_SHARED || lock == LockMode.MYSQL_COPY_EXCLUSIVE
          ? "copies " + desc + " row by row into a new table (ALGORITHM=COPY)"
          : "rebuilds " + desc + " in place (ALGORITHM=INPLACE); concurrent writes are logged and replayed";
      boolean large = isLarge(existing);
      boolean copy = lock == LockMode.MYSQL_COPY_SHARED || lock == LockMode.MYSQL_COPY_EXCLUSIVE;
      if (large && copy) {
        alternatives = MySqlOnlineSchemaChange.commands(table, body);
        how += "; only COPY can make this change, so the plan lists gh-ost and pt-online-schema-change commands"
            + " that make it without blocking writes";
      }
      hazards.add(new Hazard(HazardCode.TABLE_REWRITE, large ? Severity.DANGER : Severity.WARNING, how));
    }
    if (existing != null && (lock == LockMode.MYSQL_COPY_SHARED || lock == LockMode.MYSQL_INPLACE_SHARED)) {
      hazards.add(new Hazard(HazardCode.BLOCKS_WRITES, isLarge(existing) && rewrites ? Severity.DANGER : Severity.WARNING,
          "LOCK=SHARED: writes to " + table.name() + " wait until the statement ends; reads continue"));
    }
    String full = "ALTER TABLE " + MySqlSql.q(table.name()) + " " + body + ", " + clause(lock);
    ObjectRef subject = clauses.size() == 1 ? first.subject() : ObjectRef.table(table);
    boolean scans = rewrites || lock != LockMode.MYSQL_INSTANT && hazards.stream().anyMatch(h -> h.code() == HazardCode.INDEX_BUILD);
    Duration timeout = scans ? scanTimeout(existing) : catalogTimeout(context);
    return new Statement(full, false, lock, context.lockTimeout(), timeout, subject, List.copyOf(hazards), false,
        alternatives);
  }

  /** The ALGORITHM / LOCK clause: never a LOCK with INSTANT (the server refuses the pair). */
  static String clause(LockMode lock) {
    switch (lock) {
      case MYSQL_INSTANT: return "ALGORITHM=INSTANT";
      case MYSQL_INPLACE_NONE: return "ALGORITHM=INPLACE, LOCK=NONE";
      case MYSQL_INPLACE_SHARED: return "ALGORITHM=INPLACE, LOCK=SHARED";
      case MYSQL_COPY_SHARED: return "ALGORITHM=COPY, LOCK=SHARED";
      case MYSQL_COPY_EXCLUSIVE: return "ALGORITHM=COPY, LOCK=EXCLUSIVE";
      default: throw new IllegalArgumentException("not a MySQL ALTER lock: " + lock);
    }
  }

  static Duration catalogTimeout(PlanContext context) {
    Duration t = context.lockTimeout().plusSeconds(2);
    return t.compareTo(CATALOG) < 0 ? CATALOG : t;
  }

  /** ~10 MB/s, never below 20 minutes. */
  static Duration scanTimeout(Table table) {
    SizeEstimate s = table == null ? SizeEstimate.UNKNOWN : table.size();
    long seconds = s.bytes() > 0 ? s.bytes() / 10_000_000L : 0;
    Duration d = Duration.ofSeconds(seconds);
    return d.compareTo(SCAN) < 0 ? SCAN : d;
  }

  static boolean isLarge(Table table) {
    return TableSizes.isLarge(table);
  }

  static Hazard sized(HazardCode code, Table table, String message) {
    return TableSizes.sized(code, table, message);
  }

  static String describe(Table table, String name) {
    return TableSizes.describe(table, name);
  }
}
