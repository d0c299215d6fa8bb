package dev.slipway.api.apply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.model.Namespace;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.Statement;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code apply --history SCHEMA}: one row per applied plan in {@code SCHEMA.slipway_history} (time, user,
 * client, fingerprints, every statement with its hazards and status, outcome, error, duration), written
 * after the run on its own autocommit connection so a rolled-back plan transaction never loses the record.
 * Writing history is best effort: a failure is reported on stderr and never changes the exit code.
 *
 * <p>The table is invisible to planning: {@link #hide} removes every table named {@code slipway_history}
 * from the current state before diffing, and the schema holding it when nothing else lives there and the
 * desired state does not declare it (so it is never planned for dropping).
 */
public final class History {
  public static final String TABLE = "slipway_history";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A database connection to write history on (a new one: never the plan's). */
  public interface Connector {
    Connection connect() throws SQLException;
  }

  private final String schema;

  public History(String schema) {
    if (schema == null || schema.isBlank() || schema.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("--history: a schema name is required");
    }
    this.schema = schema;
  }

  public String schema() {
    return schema;
  }

  /** The table, quoted for SQL. */
  String qualifiedTable() {
    return quote(schema) + "." + quote(TABLE);
  }

  // ---------------------------------------------------------------------------------------------------
  // Invisible to planning

  /**
   * {@code current} without history tables, and without a schema that exists only to hold one, unless
   * {@code desired} (may be null: not known) declares that schema.
   */
  public static Schema hide(Schema current, Schema desired) {
    Set<String> holders = new HashSet<>();
    List<Table> tables = new ArrayList<>();
    for (Table t : current.tables()) {
      if (TABLE.equals(t.name().name())) {
        holders.add(t.name().schema());
      } else {
        tables.add(t);
      }
    }
    if (holders.isEmpty()) return current;
    Set<String> declared = new HashSet<>();
    if (desired != null) for (Namespace n : desired.namespaces()) declared.add(n.name());
    Set<String> used = new HashSet<>();
    for (Table t : tables) used.add(t.name().schema());
    current.views().forEach(v -> used.add(v.name().schema()));
    current.sequences().forEach(s -> used.add(s.name().schema()));
    current.types().forEach(t -> used.add(t.name().schema()));
    current.routines().forEach(r -> used.add(r.name().schema()));
    current.extensions().forEach(e -> used.add(e.schema()));
    List<Namespace> namespaces = new ArrayList<>();
    for (Namespace n : current.namespaces()) {
      boolean historyOnly = holders.contains(n.name()) && !used.contains(n.name());
      if (!historyOnly || declared.contains(n.name())) namespaces.add(n);
    }
    return new Schema(current.dialect(), namespaces, current.extensions(), current.types(), current.sequences(),
        tables, current.views(), current.routines(), current.renameHints());
  }

  /**
   * Whether a saved plan's current fingerprint describes {@code live}, history aside. The plan hid a
   * history-only schema or kept it depending on its desired state, which {@code apply --plan} does not
   * read, so either reading matches.
   */
  public static boolean matches(Schema live, String fingerprint) {
    if (hide(live, null).fingerprint().equals(fingerprint)) return true;
    Schema keepAll = Schema.of(live.dialect(), live.namespaces(), List.of());
    return hide(live, keepAll).fingerprint().equals(fingerprint);
  }

  // ---------------------------------------------------------------------------------------------------
  // Recording

  /** 'applied' (all ran), 'failed' (nothing was committed), or 'partial' (some committed, then a failure). */
  static String outcome(Outcome o) {
    if (o.succeeded()) return "applied";
    return o.applied().isEmpty() ? "failed" : "partial";
  }

  /** Every statement of the plan with its object, hazards and status: applied, failed or not_run. */
  static String statementsJson(List<Statement> statements, Outcome o) {
    ArrayNode out = MAPPER.createArrayNode();
    int applied = o.applied().size();
    boolean failedSeen = false;
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      String status;
      if (i < applied) {
        status = "applied";
      } else if (!failedSeen && o.failed() != null && o.failed().equals(s)) {
        status = "failed";
        failedSeen = true;
      } else {
        status = "not_run";
      }
      ObjectNode n = out.addObject();
      n.put("sql", s.sql());
      n.put("object", s.subject() == null ? null : s.subject().toString());
      n.put("lock", s.lock().label());
      ArrayNode hazards = n.putArray("hazards");
      for (Hazard h : s.hazards()) {
        ObjectNode hn = hazards.addObject();
        hn.put("code", h.code().name());
        hn.put("severity", h.severity().id());
        hn.put("message", h.message());
      }
      n.put("status", status);
    }
    return out.toString();
  }

  static String client() {
    String v = History.class.getPackage().getImplementationVersion();
    return "slipway " + (v == null ? "dev" : v);
  }

  /**
   * Writes the record; on any failure says so on {@code err} (scrubbed) and returns false. Never throws
   * for a database problem: history must not change what apply reports or its exit code.
   */
  public boolean recordQuietly(Connector connector, String currentFingerprint, String desiredFingerprint,
      List<Statement> statements, Outcome outcome, Duration elapsed, PrintWriter err, UnaryOperator<String> scrub) {
    try (Connection c = connector.connect()) {
      record(c, currentFingerprint, desiredFingerprint, statements, outcome, elapsed);
      return true;
    } catch (SQLException | RuntimeException e) {
      err.println(scrub.apply("slipway: warning: could not record this apply in " + schema + "." + TABLE + ": "
          + e.getMessage() + " (the apply itself is reported above)"));
      err.flush();
      return false;
    }
  }

  /** Creates the schema and table when missing, then inserts one row, in autocommit. */
  void record(Connection c, String currentFingerprint, String desiredFingerprint, List<Statement> statements,
      Outcome outcome, Duration elapsed) throws SQLException {
    c.setAutoCommit(true);
    try (java.sql.Statement st = c.createStatement()) {
      // No timeouts inherited from a role or database setting should make history fail to write, but no
      // lock wait should hang apply forever either.
      st.execute("SET lock_timeout = '30s'");
      st.execute("SET statement_timeout = '60s'");
    }
    ensureTable(c);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + qualifiedTable()
        + " (client, current_fingerprint, desired_fingerprint, statements, outcome, error, duration_ms)"
        + " VALUES (?, ?, ?, ?::jsonb, ?, ?, ?)")) {
      ps.setString(1, client());
      ps.setString(2, currentFingerprint);
      ps.setString(3, desiredFingerprint);
      ps.setString(4, statementsJson(statements, outcome));
      ps.setString(5, outcome(outcome));
      ps.setString(6, outcome.error());
      ps.setLong(7, elapsed.toMillis());
      ps.executeUpdate();
    }
  }

  /**
   * Checks the catalog before creating anything: {@code CREATE SCHEMA IF NOT EXISTS} checks the CREATE
   * privilege on the database before it looks, so a user allowed only to insert would fail needlessly.
   */
  private void ensureTable(Connection c) throws SQLException {
    if (!exists(c, "SELECT 1 FROM pg_namespace WHERE nspname = ?", schema)) {
      try (java.sql.Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
      }
    }
    if (!exists(c, "SELECT 1 FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace"
        + " WHERE n.nspname = ? AND k.relname = '" + TABLE + "'", schema)) {
      try (java.sql.Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS " + qualifiedTable() + " ("
            + "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
            + "applied_at timestamptz NOT NULL DEFAULT now(), "
            + "db_user text NOT NULL DEFAULT current_user, "
            + "client text, "
            + "current_fingerprint text, "
            + "desired_fingerprint text, "
            + "statements jsonb NOT NULL, "
            + "outcome text NOT NULL CHECK (outcome IN ('applied', 'failed', 'partial')), "
            + "error text, "
            + "duration_ms bigint)");
        st.execute("COMMENT ON TABLE " + qualifiedTable()
            + " IS 'One row per slipway apply --history; ignored by slipway plan, apply and drift.'");
      }
    }
  }

  private static boolean exists(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
