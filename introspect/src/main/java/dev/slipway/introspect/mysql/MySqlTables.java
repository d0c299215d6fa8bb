package dev.slipway.introspect.mysql;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.NameFilter;
import dev.slipway.model.Attr;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Partitioning;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.SizeEstimate;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.mysql.MySqlTableOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables from {@code information_schema.TABLES}, put together with the columns, keys, constraints,
 * partitions and triggers the other readers found for them.
 */
final class MySqlTables {
  private static final Pattern ROW_FORMAT = Pattern.compile("(?i)row_format=(\\w+)");
  private static final Pattern JSON_VALID = Pattern.compile("(?i)json_valid\\(`((?:[^`]|``)+)`\\)");

  /** What the other readers found, by table name. */
  record Parts(Map<String, List<MySqlColumns.Row>> columns, Map<String, MySqlIndexes.TableKeys> keys,
      Map<String, List<ForeignKey>> foreignKeys, Map<String, List<MySqlConstraints.Check>> checks,
      Map<String, MySqlPartitionReader.Parts> partitions, Map<String, List<Trigger>> triggers) {}

  private final String alias;
  private final MySqlColumns columns;
  private final boolean mariaDb;

  MySqlTables(String alias, MySqlColumns columns, boolean mariaDb) {
    this.alias = alias;
    this.columns = columns;
    this.mariaDb = mariaDb;
  }

  /** One row of tables.sql. */
  record Row(String name, String engine, String collation, String options, String comment, long rows, long bytes) {
    /** Whether the server lists the table as partitioned (TABLES.CREATE_OPTIONS, MariaDB and MySQL alike). */
    boolean partitioned() {
      return options != null && options.toLowerCase(java.util.Locale.ROOT).contains("partitioned");
    }
  }

  List<Row> readRows(MySqlQueries queries, NameFilter filter) throws IntrospectionException {
    List<Row> out = new ArrayList<>();
    queries.each("tables", "tables", rs -> {
      String name = rs.getString("name");
      if (!filter.keep(alias, name)) return;
      out.add(new Row(name, rs.getString("engine"), rs.getString("collation"), rs.getString("options"),
          rs.getString("comment"), MySqlQueries.longOr(rs, "est_rows", -1), MySqlQueries.longOr(rs, "est_bytes", -1)));
    });
    return out;
  }

  Table assemble(Row row, Parts parts) {
    String charset = MySqlText.charsetOf(row.collation());
    List<MySqlConstraints.Check> checks = parts.checks().getOrDefault(row.name(), List.of());
    List<Column> cols = new ArrayList<>();
    List<String> jsonChecks = new ArrayList<>();
    for (MySqlColumns.Row c : parts.columns().getOrDefault(row.name(), List.of())) {
      MySqlConstraints.Check json = mariaDbJsonCheck(c, checks);
      if (json != null) jsonChecks.add(json.name());
      cols.add(columns.toColumn(c, charset, row.collation(), json != null));
    }
    List<Constraint> constraints = new ArrayList<>();
    MySqlIndexes.TableKeys keys = parts.keys().get(row.name());
    if (keys != null && keys.primaryKey != null) constraints.add(keys.primaryKey);
    constraints.addAll(parts.foreignKeys().getOrDefault(row.name(), List.of()));
    for (MySqlConstraints.Check c : checks) {
      if (!jsonChecks.contains(c.name())) constraints.add(MySqlConstraints.toConstraint(c));
    }
    List<Attr> attrs = new ArrayList<>();
    Matcher rowFormat = ROW_FORMAT.matcher(row.options() == null ? "" : row.options());
    attrs.add(new MySqlTableOptions(row.engine(), charset, row.collation(), rowFormat.find() ? rowFormat.group(1) : null));
    Partitioning partitioning = null;
    MySqlPartitionReader.Parts p = parts.partitions().get(row.name());
    if (p != null) {
      List<String> partKeys = p.keys();
      // PARTITION BY KEY () partitions by the primary key (dev.mysql.com/doc/refman/8.0/en/partitioning-key.html).
      if (partKeys.isEmpty() && keys != null && keys.primaryKey != null) partKeys = keys.primaryKey.columns();
      if (!partKeys.isEmpty()) {
        partitioning = new Partitioning(p.strategy(), partKeys);
        attrs.add(p.partitions());
      }
    }
    return new Table(QualifiedName.of(alias, row.name()), cols, constraints,
        keys == null ? List.of() : keys.indexes, parts.triggers().getOrDefault(row.name(), List.of()), List.of(),
        partitioning, null, false, false, MySqlText.emptyToNull(row.comment()), attrs,
        new SizeEstimate(row.rows(), row.bytes()));
  }

  /**
   * MariaDB's json is an alias for {@code longtext COLLATE utf8mb4_bin} plus a column-level
   * {@code CHECK (json_valid(`col`))} named after the column (mariadb.com/kb/en/json-data-type/); that
   * check, when present, identifies the column as json.
   */
  private MySqlConstraints.Check mariaDbJsonCheck(MySqlColumns.Row c, List<MySqlConstraints.Check> checks) {
    if (!mariaDb || !"longtext".equalsIgnoreCase(c.type()) || !"utf8mb4_bin".equals(c.collation())) return null;
    for (MySqlConstraints.Check check : checks) {
      Matcher m = JSON_VALID.matcher(check.clause().strip());
      if (check.columnLevel() && check.name().equals(c.name()) && m.matches()
          && m.group(1).replace("``", "`").equals(c.name())) {
        return check;
      }
    }
    return null;
  }
}
