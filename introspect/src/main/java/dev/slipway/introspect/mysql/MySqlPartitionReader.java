package dev.slipway.introspect.mysql;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.model.Partitioning;
import dev.slipway.model.mysql.MySqlPartitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Partitioning from {@code information_schema.PARTITIONS} (one row per partition;
 * dev.mysql.com/doc/refman/8.0/en/information-schema-partitions-table.html): the strategy and keys become
 * {@code Table.partitioning}, the partitions {@link MySqlPartitions} in canonical text. Subpartitions are not
 * modelled; MariaDB's {@code SYSTEM_TIME} partitioning has no strategy in the model and is left out.
 */
final class MySqlPartitionReader {
  /** A table's partitioning as read. */
  record Parts(Partitioning.Strategy strategy, List<String> keys, MySqlPartitions partitions) {}

  private final boolean mariaDb;

  MySqlPartitionReader(boolean mariaDb) {
    this.mariaDb = mariaDb;
  }

  /** Partitioning by table name, for partitioned tables only. */
  Map<String, Parts> read(MySqlQueries queries) throws IntrospectionException {
    Map<String, List<String[]>> rows = new LinkedHashMap<>();
    queries.each("partitions", "partitions", rs -> {
      List<String[]> list = rows.computeIfAbsent(rs.getString("table_name"), t -> new ArrayList<>());
      String name = rs.getString("name");
      // Subpartitions repeat their partition's row; keep each partition once.
      if (list.isEmpty() || !list.get(list.size() - 1)[0].equals(name)) {
        list.add(new String[] {name, rs.getString("method"), rs.getString("expression"), rs.getString("description")});
      }
    });
    Map<String, Parts> out = new HashMap<>();
    rows.forEach((table, list) -> {
      Parts p = parts(list);
      if (p != null) out.put(table, p);
    });
    return out;
  }

  private Parts parts(List<String[]> rows) {
    String method = MySqlText.upper(rows.get(0)[1]);
    String plain = method.replace("LINEAR ", "").replace(" COLUMNS", "");
    Partitioning.Strategy strategy;
    switch (plain) {
      case "RANGE": strategy = Partitioning.Strategy.RANGE; break;
      case "LIST": strategy = Partitioning.Strategy.LIST; break;
      case "HASH": strategy = Partitioning.Strategy.HASH; break;
      case "KEY": strategy = Partitioning.Strategy.KEY; break;
      default: return null;
    }
    String expression = rows.get(0)[2] == null ? "" : rows.get(0)[2];
    if (!mariaDb) expression = MySqlText.unescape(expression);
    List<String> keys = MySqlText.splitTopLevel(expression).stream().map(MySqlText::unquoteIdent).toList();
    boolean columns = method.endsWith(" COLUMNS");
    return new Parts(strategy, keys, new MySqlPartitions(definitions(strategy, columns, rows), columns));
  }

  /** A partition name as it can be written back: bare when plain, else in backticks. */
  private static String name(String n) {
    return n.matches("[A-Za-z0-9_$]+") ? n : MySqlText.ident(n);
  }

  /** {@code PARTITIONS n} for hash/key partitions with the default names p0…pn-1, else one entry each. */
  private static List<String> definitions(Partitioning.Strategy strategy, boolean columns, List<String[]> rows) {
    List<String> out = new ArrayList<>();
    if (strategy == Partitioning.Strategy.HASH || strategy == Partitioning.Strategy.KEY) {
      boolean defaultNames = true;
      for (int i = 0; i < rows.size(); i++) defaultNames &= rows.get(i)[0].equals("p" + i);
      if (defaultNames) return List.of("PARTITIONS " + rows.size());
      for (String[] r : rows) out.add("PARTITION " + name(r[0]));
      return out;
    }
    for (String[] r : rows) {
      String description = r[3] == null ? "" : r[3];
      if (description.equalsIgnoreCase("DEFAULT")) {
        out.add("PARTITION " + name(r[0]) + " DEFAULT");
      } else if (strategy == Partitioning.Strategy.LIST) {
        out.add("PARTITION " + name(r[0]) + " VALUES IN (" + description + ")");
      } else if (!columns && description.equalsIgnoreCase("MAXVALUE")) {
        out.add("PARTITION " + name(r[0]) + " VALUES LESS THAN MAXVALUE");
      } else {
        out.add("PARTITION " + name(r[0]) + " VALUES LESS THAN (" + description + ")");
      }
    }
    return out;
  }
}
