package dev.slipway.introspect.mysql;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.model.Expr;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.PrimaryKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keys from {@code information_schema.STATISTICS}, one row per key part: the primary key (always named
 * {@code PRIMARY}) and every other index, UNIQUE keys included, since on MySQL a unique constraint is a unique
 * index (dev.mysql.com/doc/refman/8.0/en/information-schema-statistics-table.html).
 */
final class MySqlIndexes {
  /** The keys of one table. */
  static final class TableKeys {
    PrimaryKey primaryKey;
    final List<Index> indexes = new ArrayList<>();
  }

  private final boolean mariaDb;

  MySqlIndexes(boolean mariaDb) {
    this.mariaDb = mariaDb;
  }

  /** The keys of every table, by table name. */
  Map<String, TableKeys> read(MySqlQueries queries) throws IntrospectionException {
    // table -> index -> parts, in SEQ_IN_INDEX order
    Map<String, Map<String, List<Part>>> parts = new LinkedHashMap<>();
    queries.each(mariaDb ? "indexes-mariadb" : "indexes-mysql", "indexes", rs -> parts
        .computeIfAbsent(rs.getString("table_name"), t -> new LinkedHashMap<>())
        .computeIfAbsent(rs.getString("name"), i -> new ArrayList<>())
        .add(new Part(rs.getInt("non_unique") == 0, rs.getString("column_name"), rs.getString("expression"),
            rs.getString("collation"), (Integer) rs.getObject("sub_part", Integer.class), rs.getString("index_type"),
            rs.getString("comment"))));
    Map<String, TableKeys> out = new HashMap<>();
    parts.forEach((table, indexes) -> {
      TableKeys keys = new TableKeys();
      indexes.forEach((name, list) -> {
        if (name.equals("PRIMARY")) {
          keys.primaryKey = new PrimaryKey(name, list.stream().map(Part::column).toList(), List.of(), null);
        } else {
          keys.indexes.add(index(name, list));
        }
      });
      out.put(table, keys);
    });
    return out;
  }

  private Index index(String name, List<Part> parts) {
    Part first = parts.get(0);
    List<IndexKey> keys = new ArrayList<>();
    for (Part p : parts) {
      IndexKey.Order order = "D".equals(p.collation()) ? IndexKey.Order.DESC : IndexKey.Order.ASC;
      Expr expression = p.column() == null ? Expr.of(MySqlText.unescape(p.expression())) : null;
      keys.add(new IndexKey(p.column(), expression, null, null, order, IndexKey.Nulls.DEFAULT, p.subPart()));
    }
    String method = first.indexType() == null ? "btree" : first.indexType().toLowerCase(Locale.ROOT);
    return new Index(name, keys, method, first.unique(), false, List.of(), null, List.of(), true,
        MySqlText.emptyToNull(first.comment()), List.of());
  }

  private record Part(boolean unique, String column, String expression, String collation, Integer subPart,
      String indexType, String comment) {}
}
