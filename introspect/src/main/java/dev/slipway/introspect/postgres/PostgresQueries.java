package dev.slipway.introspect.postgres;

import dev.slipway.introspect.IntrospectionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the catalog queries kept as {@code .sql} resources beside this class, one per object kind
 * ({@code columns.sql} is run by {@code readColumns}). Each takes one parameter, the oids of the schemas
 * being read, so the number of queries never depends on how many objects exist.
 */
final class PostgresQueries {
  /** What one row of a query becomes. */
  interface RowHandler {
    void row(ResultSet rs) throws SQLException;
  }

  private static final Map<String, String> TEXT = new ConcurrentHashMap<>();

  private final Connection connection;
  private List<Long> namespaceOids;

  PostgresQueries(Connection connection) {
    this.connection = connection;
  }

  private int versionNum = 180000;

  /**
   * The server's {@code server_version_num}: queries name catalog columns of newer versions through
   * {@code {placeholders}} filled for it ({@code {nulls_not_distinct}}: the 15+ column, else {@code false}).
   */
  void serverVersionNum(int value) {
    versionNum = value;
  }

  /** Sets the schemas every later {@link #each} query is limited to. */
  void limitTo(List<Long> oids) {
    namespaceOids = List.copyOf(oids);
  }

  /**
   * Runs {@code name.sql}, handing each row to {@code handler}; the query's one parameter, if it has one,
   * is the array of schema oids set by {@link #limitTo}.
   */
  void each(String name, String what, RowHandler handler) throws IntrospectionException {
    String text = sql(name).replace("{nulls_not_distinct}", versionNum >= 150000 ? "i.indnullsnotdistinct" : "false");
    try (PreparedStatement ps = connection.prepareStatement(text)) {
      // Bound as a typed oid[] so the planner sees a constant it can estimate with; a text parameter cast
      // to oid[] goes through array_in, which is only STABLE, and led to plans 30 times slower.
      if (namespaceOids != null) ps.setArray(1, connection.createArrayOf("oid", namespaceOids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) handler.row(rs);
      }
    } catch (SQLException e) {
      throw new IntrospectionException("reading " + what + " from pg_catalog (" + name + ".sql): " + e.getMessage(), e);
    }
  }

  /** The text of resource {@code name.sql}. */
  static String sql(String name) {
    return TEXT.computeIfAbsent(name, n -> {
      try (InputStream in = PostgresQueries.class.getResourceAsStream(n + ".sql")) {
        if (in == null) throw new IllegalStateException("missing catalog query resource " + n + ".sql");
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read catalog query resource " + n + ".sql", e);
      }
    });
  }

  /** A text or name array column as a list; an SQL NULL array is an empty list, NULL elements stay null. */
  static List<String> strings(ResultSet rs, String column) throws SQLException {
    String text = rs.getString(column);
    if (text == null) return List.of();
    List<String> parsed = PostgresArrayText.parse(text);
    if (parsed != null) return parsed;
    Array a = rs.getArray(column); // not a plain one-dimensional literal: let the driver decode it
    Object[] values = (Object[]) a.getArray();
    List<String> out = new ArrayList<>(values.length);
    for (Object v : values) out.add(v == null ? null : v.toString());
    return out;
  }

  /**
   * A {@code name=value} options array ({@code reloptions}) in the order the server keeps them (the order
   * they were given in), so what Slipway writes back reproduces the database exactly, down to pg_dump's
   * text; the differ's rules compare options as a set.
   */
  static List<String> options(ResultSet rs, String column) throws SQLException {
    return strings(rs, column);
  }

  /** A small-integer array column as a list; NULL elements read as 0. */
  static List<Integer> ints(ResultSet rs, String column) throws SQLException {
    String text = rs.getString(column);
    if (text == null) return List.of();
    List<String> parsed = PostgresArrayText.parse(text);
    if (parsed != null) {
      List<Integer> out = new ArrayList<>(parsed.size());
      for (String v : parsed) out.add(v == null ? 0 : Integer.parseInt(v));
      return out;
    }
    Array a = rs.getArray(column);
    return Arrays.stream((Object[]) a.getArray()).map(v -> v == null ? 0 : ((Number) v).intValue()).toList();
  }

  /** A one-character {@code "char"} column, or {@code fallback} when it is NULL or empty. */
  static char flag(ResultSet rs, String column, char fallback) throws SQLException {
    String s = rs.getString(column);
    return s == null || s.isEmpty() ? fallback : s.charAt(0);
  }
}
