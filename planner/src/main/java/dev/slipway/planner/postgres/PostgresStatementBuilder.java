package dev.slipway.planner.postgres;

import dev.slipway.model.ObjectRef;
import dev.slipway.model.SizeEstimate;
import dev.slipway.model.Table;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Statement;
import dev.slipway.planner.TableSizes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one {@link Statement}: SQL, lock, timeouts sized to the work, hazards. Hazards that depend on a
 * table's size escalate to {@code danger} above {@link TableSizes#LARGE_ROWS} rows or {@link TableSizes#LARGE_BYTES} bytes.
 */
final class PostgresStatementBuilder {
  /** Catalog-only work; a little above the lock timeout so a lock wait fails as a lock timeout. */
  static final Duration CATALOG = Duration.ofSeconds(3);
  /** Index builds, validation scans, rewrites of tables of unknown or modest size. */
  static final Duration SCAN = Duration.ofMinutes(20);

  private final PlanContext context;
  private final String sql;
  private final ObjectRef subject;
  private LockMode lock = LockMode.NONE;
  private Duration timeout;
  private boolean transactional = true;
  private boolean ownTransaction;
  private final List<Hazard> hazards = new ArrayList<>();

  private PostgresStatementBuilder(PlanContext context, String sql, ObjectRef subject) {
    this.context = context;
    this.sql = sql;
    this.subject = subject;
    this.timeout = catalogTimeout(context);
  }

  static PostgresStatementBuilder of(PlanContext context, ObjectRef subject, String sql) {
    return new PostgresStatementBuilder(context, sql, subject);
  }

  static Duration catalogTimeout(PlanContext context) {
    Duration t = context.lockTimeout().plusSeconds(2);
    return t.compareTo(CATALOG) < 0 ? CATALOG : t;
  }

  PostgresStatementBuilder lock(LockMode value) {
    this.lock = value;
    return this;
  }

  /** The statement scans or rewrites {@code table}: 20 minutes, more for tables above ~10 GB. */
  PostgresStatementBuilder scans(Table table) {
    this.timeout = scanTimeout(table);
    return this;
  }

  static Duration scanTimeout(Table table) {
    SizeEstimate s = table == null ? SizeEstimate.UNKNOWN : table.size();
    // Budget ~10 MB/s (a pessimistic sequential rate under load), never below 20 minutes.
    long seconds = s.bytes() > 0 ? s.bytes() / 10_000_000L : 0;
    Duration d = Duration.ofSeconds(seconds);
    return d.compareTo(SCAN) < 0 ? SCAN : d;
  }

  PostgresStatementBuilder nonTransactional() {
    this.transactional = false;
    hazards.add(Hazard.of(HazardCode.NOT_TRANSACTIONAL,
        "runs outside a transaction (CONCURRENTLY); a failure leaves an invalid index that the next plan rebuilds"));
    return this;
  }

  PostgresStatementBuilder notTransactional(String why) {
    this.transactional = false;
    hazards.add(Hazard.of(HazardCode.NOT_TRANSACTIONAL, why));
    return this;
  }

  PostgresStatementBuilder ownTransaction() {
    this.ownTransaction = true;
    return this;
  }

  PostgresStatementBuilder hazard(HazardCode code, String message) {
    hazards.add(Hazard.of(code, message));
    return this;
  }

  /** A hazard whose severity grows with the table: danger for large tables. */
  PostgresStatementBuilder sized(HazardCode code, Table table, String message) {
    hazards.add(TableSizes.sized(code, table, message));
    return this;
  }

  Statement build() {
    return new Statement(sql, transactional, lock, context.lockTimeout(), timeout, subject, hazards, ownTransaction);
  }

  static boolean isLarge(Table table) {
    return TableSizes.isLarge(table);
  }

  /**
   * {@code public.orders, ~12M rows, 3.1 GB}, or just the name when the size is unknown. The name is the
   * one the plan uses (a renamed table keeps its current size under its new name).
   */
  static String describe(Table table, String name) {
    return TableSizes.describe(table, name);
  }
}
