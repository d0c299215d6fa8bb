package dev.slipway.cli.report;

import dev.slipway.model.Dialect;
import dev.slipway.model.ServerVersion;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.Plan;
import dev.slipway.planner.Severity;
import dev.slipway.planner.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan as the report templates see it: plain getters, durations already spelled out, hazards
 * counted. One view feeds every format so text, SQL, JSON and Markdown never disagree.
 */
public final class PlanView {
  private final Plan plan;
  private final String name;
  private final List<StatementView> statements = new ArrayList<>();

  public PlanView(Plan plan, String name) {
    this.plan = plan;
    this.name = name;
    int n = 0;
    for (Statement s : plan.statements()) statements.add(new StatementView(++n, plan.statements().size(), s, plan.serverVersion().engine()));
  }

  public Plan plan() {
    return plan;
  }

  public String getName() {
    return name;
  }

  private Dialect dialectEnum() {
    return plan.serverVersion().dialect();
  }

  public String getDialect() {
    return dialectEnum().id();
  }

  public String getServerVersion() {
    return (plan.serverVersion().isMariaDb() ? "MariaDB " : "") + plan.serverVersion();
  }

  public String getCurrentFingerprint() {
    return plan.currentFingerprint();
  }

  public String getDesiredFingerprint() {
    return plan.desiredFingerprint();
  }

  public List<StatementView> getStatements() {
    return statements;
  }

  public boolean isEmpty() {
    return statements.isEmpty();
  }

  /** Hazard counts in code order, as {@code [{code, severity, count}]}. */
  public List<Map<String, Object>> getHazardCounts() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<HazardCode, Integer> e : plan.hazardCounts().entrySet()) {
      out.add(Map.of("code", e.getKey().name(), "severity", worstSeverity(e.getKey()).id(), "count", e.getValue()));
    }
    return out;
  }

  /** The worst severity of any hazard in the plan: {@code none}, {@code info}, {@code warning}, {@code danger}. */
  public String getWorstSeverity() {
    Severity worst = null;
    for (Statement s : plan.statements()) {
      for (Hazard h : s.hazards()) if (worst == null || h.severity().compareTo(worst) > 0) worst = h.severity();
    }
    return worst == null ? "none" : worst.id();
  }

  private Severity worstSeverity(HazardCode code) {
    Severity worst = Severity.INFO;
    for (Statement s : plan.statements()) {
      for (Hazard h : s.hazards()) if (h.code() == code && h.severity().compareTo(worst) > 0) worst = h.severity();
    }
    return worst;
  }

  /** Human duration: 3s, 500ms, 20m, 1h30m. */
  static String human(Duration d) {
    if (d == null) return "none";
    long ms = d.toMillis();
    if (ms % 1000 != 0 || ms < 1000) return ms + "ms";
    long s = ms / 1000;
    if (s % 3600 == 0) return (s / 3600) + "h";
    if (s % 60 == 0 && s >= 60) return (s / 60) + "m";
    return s + "s";
  }

  /** One statement as templates see it. */
  public static final class StatementView {
    private final int number;
    private final int total;
    private final Statement statement;
    private final ServerVersion.Engine engine;

    StatementView(int number, int total, Statement statement, ServerVersion.Engine engine) {
      this.number = number;
      this.total = total;
      this.statement = statement;
      this.engine = engine;
    }

    public int getNumber() {
      return number;
    }

    public int getTotal() {
      return total;
    }

    public String getSql() {
      return statement.sql();
    }

    public boolean isTransactional() {
      return statement.transactional();
    }

    public dev.slipway.model.ObjectRef subject() {
      return statement.subject();
    }

    public boolean isOwnTransaction() {
      return statement.ownTransaction();
    }

    public String getLock() {
      return statement.lock().label();
    }

    public String getObject() {
      return statement.subject() == null ? "" : statement.subject().toString();
    }

    public String getLockTimeout() {
      return human(statement.lockTimeout());
    }

    public String getStatementTimeout() {
      return human(statement.statementTimeout());
    }

    public long getLockTimeoutMs() {
      return statement.lockTimeout() == null ? 0 : statement.lockTimeout().toMillis();
    }

    public long getStatementTimeoutMs() {
      return statement.statementTimeout() == null ? 0 : statement.statementTimeout().toMillis();
    }

    /** The session settings that precede this statement in a runnable script. */
    public List<String> getSettings() {
      List<String> out = new ArrayList<>();
      if (engine == ServerVersion.Engine.POSTGRESQL) {
        if (statement.lockTimeout() != null) out.add("SET lock_timeout = '" + statement.lockTimeout().toMillis() + "ms'");
        if (statement.statementTimeout() != null) {
          out.add("SET statement_timeout = '" + statement.statementTimeout().toMillis() + "ms'");
        }
      } else {
        if (statement.lockTimeout() != null) {
          out.add("SET SESSION lock_wait_timeout = " + Math.max(1, statement.lockTimeout().toSeconds()));
        }
        if (statement.statementTimeout() != null && engine == ServerVersion.Engine.MARIADB) {
          out.add("SET SESSION max_statement_time = " + Math.max(1, statement.statementTimeout().toSeconds()));
        } else if (statement.statementTimeout() != null) {
          out.add("SET SESSION max_execution_time = " + statement.statementTimeout().toMillis());
        }
      }
      return out;
    }

    /** Equivalent ways to run the change outside the plan (gh-ost, pt-online-schema-change). */
    public List<String> getAlternatives() {
      return statement.alternatives();
    }

    public List<Hazard> hazardList() {
      return statement.hazards();
    }

    public List<Map<String, String>> getHazards() {
      List<Map<String, String>> out = new ArrayList<>();
      for (Hazard h : statement.hazards()) {
        out.add(Map.of("code", h.code().name(), "severity", h.severity().id(), "message", h.message()));
      }
      return out;
    }
  }
}
