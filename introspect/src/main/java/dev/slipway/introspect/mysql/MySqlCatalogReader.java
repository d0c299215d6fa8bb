package dev.slipway.introspect.mysql;

import dev.slipway.introspect.CatalogReader;
import dev.slipway.introspect.DevDialect;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.NameFilter;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.model.Attr;
import dev.slipway.model.Dialect;
import dev.slipway.model.Namespace;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import dev.slipway.model.Table;
import dev.slipway.model.View;
import dev.slipway.model.mysql.MySqlDatabaseOptions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.slipway.model.QualifiedName;
import java.util.TreeSet;
import java.util.Set;
import java.util.HashSet;

/**
 * Reads the connected MySQL 8 or MariaDB 10.6+ database (the one {@code DATABASE()} names) from
 * {@code information_schema} with a fixed number of queries, one per object kind (kept in {@code .sql}
 * resources beside this class), each limited to that database. The result follows the conventions of
 * {@code dev.slipway.model.mysql}: one namespace named {@code databaseAlias}, server-spelled types and
 * expressions, canonical defaults. MySQL's data dictionary reads are not one snapshot (DDL is not
 * transactional there), so no transaction is opened; objects changed during the read may be torn, as with
 * {@code mysqldump} without a lock.
 */
public final class MySqlCatalogReader implements CatalogReader {
  private final String databaseAlias;

  /**
   * @param databaseAlias the name the managed database gets in the model (the target database's name, so a
   *     scratch dev database reads back under it); {@code null} for the connected database's real name
   */
  public MySqlCatalogReader(String databaseAlias) {
    this.databaseAlias = databaseAlias;
  }

  /** The server's product and version, from {@code VERSION()} (MariaDB says so in the text). */
  public static ServerVersion serverVersion(Connection connection) throws IntrospectionException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
      rs.next();
      return ServerVersion.parse(ServerVersion.Engine.MYSQL, rs.getString(1));
    } catch (SQLException e) {
      throw new IntrospectionException("reading the MySQL server version: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the server has {@code information_schema.CHECK_CONSTRAINTS}: MariaDB 10.2+, MySQL 8.0.16+
   * (before that MySQL parses CHECK and ignores it: dev.mysql.com/doc/refman/8.0/en/create-table-check-constraints.html).
   */
  public static boolean hasCheckConstraints(ServerVersion version) {
    return version.isMariaDb() ? version.atLeast(10, 2) : version.atLeast(8, 0, 16);
  }

  @Override
  public DevDialect devDialect() {
    return new MySqlDevDialect();
  }

  @Override
  public Schema read(Connection connection, ReadOptions options) throws IntrospectionException {
    MySqlQueries queries = new MySqlQueries(connection);
    String[] session = new String[2];
    queries.each("session", "the server version and database", rs -> {
      session[0] = rs.getString("version");
      session[1] = rs.getString("db");
    });
    if (session[1] == null) {
      throw new IntrospectionException("the MySQL connection has no database selected; name one in the URL");
    }
    ServerVersion version = ServerVersion.parse(ServerVersion.Engine.MYSQL, session[0]);
    // MySQL 8 caches TABLE_ROWS and DATA_LENGTH for a day by default; size hazards need today's figures
    // (dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_information_schema_stats_expiry).
    boolean freshStats = !version.isMariaDb() && version.atLeast(8);
    if (freshStats) {
      queries.run("SET @slipway_stats_expiry = @@session.information_schema_stats_expiry, "
          + "@@session.information_schema_stats_expiry = 0", "asking MySQL for current table statistics");
    }
    try {
      return read(queries, version, session[1], options);
    } catch (RuntimeException e) {
      // A model record refused what the catalog holds: report it, never a half-read schema.
      throw new IntrospectionException("reading the MySQL catalog of " + session[1] + ": " + e.getMessage(), e);
    } finally {
      if (freshStats) {
        queries.run("SET @@session.information_schema_stats_expiry = @slipway_stats_expiry",
            "restoring information_schema_stats_expiry");
      }
    }
  }

  /**
   * The query resources {@link #read} runs for {@code version}: the same for any number of tables. The
   * partitions query runs only when a table read is partitioned ({@code partitioned} in its CREATE_OPTIONS):
   * information_schema.PARTITIONS opens every table of the database, a tenth of a 10,000-table read.
   */
  public static List<String> queries(ServerVersion version, boolean anyPartitioned) {
    String flavour = version.isMariaDb() ? "-mariadb" : "-mysql";
    List<String> out = new ArrayList<>(List.of("session", "database", "tables", "columns", "indexes" + flavour,
        "foreign-keys"));
    if (hasCheckConstraints(version)) out.add("checks" + flavour);
    if (anyPartitioned) out.add("partitions");
    out.addAll(List.of("triggers", "views" + flavour, "routines", "parameters"));
    return out;
  }

  private Schema read(MySqlQueries queries, ServerVersion version, String realName, ReadOptions options)
      throws IntrospectionException {
    boolean mariaDb = version.isMariaDb();
    String alias = databaseAlias == null ? realName : databaseAlias;
    NameFilter filter = new NameFilter(options);
    if (!filter.keepSchema(alias)) return Schema.empty(Dialect.MYSQL);

    List<Attr> databaseOptions = new ArrayList<>();
    queries.each("database", "the database's defaults", rs ->
        databaseOptions.add(new MySqlDatabaseOptions(rs.getString("charset"), rs.getString("collation"))));
    Namespace namespace = new Namespace(alias, null, databaseOptions);

    MySqlColumns columns = new MySqlColumns(mariaDb);
    MySqlTables tables = new MySqlTables(alias, columns, mariaDb);
    MySqlConstraints constraints = new MySqlConstraints(mariaDb, realName, alias);
    MySqlObjects objects = new MySqlObjects(mariaDb, realName, alias);
    List<MySqlTables.Row> rows = tables.readRows(queries, filter);
    MySqlTables.Parts parts = new MySqlTables.Parts(columns.read(queries), new MySqlIndexes(mariaDb).read(queries),
        constraints.readForeignKeys(queries),
        hasCheckConstraints(version) ? constraints.readChecks(queries) : new HashMap<>(),
        rows.stream().anyMatch(MySqlTables.Row::partitioned) ? new MySqlPartitionReader(mariaDb).read(queries) : Map.of(),
        objects.readTriggers(queries));
    List<Table> tableList = new ArrayList<>(rows.size());
    for (MySqlTables.Row row : rows) tableList.add(tables.assemble(row, parts));
    List<View> views = withDependencies(objects.readViews(queries).stream()
        .filter(v -> filter.keep(alias, v.name().name())).toList(), tableList);
    List<Routine> routines = objects.readRoutines(queries).stream()
        .filter(r -> filter.keep(alias, r.name().name())).toList();
    return new Schema(Dialect.MYSQL, List.of(namespace), List.of(), List.of(), List.of(), tableList, views,
        routines, List.of());
  }

  /**
   * The relations each view reads, so the planner creates a view after the views it selects from: every
   * backticked name in the server's text of the query that names a table or view of this database (the
   * server qualifies and quotes every relation it prints; a column that happens to share a relation's name
   * only adds an ordering edge).
   */
  static List<View> withDependencies(List<View> views, List<Table> tables) {
    Set<String> relations = new HashSet<>();
    for (Table t : tables) relations.add(t.name().name());
    for (View v : views) relations.add(v.name().name());
    List<View> out = new ArrayList<>(views.size());
    for (View v : views) {
      Set<QualifiedName> reads = new TreeSet<>();
      String sql = v.definition();
      for (int i = sql.indexOf('`'); i >= 0 && i < sql.length(); i = sql.indexOf('`', i)) {
        StringBuilder name = new StringBuilder();
        int j = i + 1;
        while (j < sql.length()) {
          char ch = sql.charAt(j);
          if (ch == '`' && j + 1 < sql.length() && sql.charAt(j + 1) == '`') {
            name.append('`');
            j += 2;
          } else if (ch == '`') {
            break;
          } else {
            name.append(ch);
            j++;
          }
        }
        String n = name.toString();
        if (relations.contains(n) && !n.equals(v.name().name())) reads.add(QualifiedName.of(v.name().schema(), n));
        i = j + 1;
      }
      out.add(new View(v.name(), v.definition(), v.materialized(), v.options(), v.indexes(), List.copyOf(reads),
          v.comment(), v.attrs()));
    }
    return out;
  }

  @Override
  public String toString() {
    return "MySqlCatalogReader(" + (databaseAlias == null ? "DATABASE()" : databaseAlias) + ")";
  }
}
