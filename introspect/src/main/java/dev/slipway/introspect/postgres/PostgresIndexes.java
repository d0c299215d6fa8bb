package dev.slipway.introspect.postgres;

import static dev.slipway.introspect.postgres.PostgresQueries.ints;
import static dev.slipway.introspect.postgres.PostgresQueries.strings;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.model.Expr;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads secondary indexes of tables and materialized views in one query ({@code indexes.sql}). */
final class PostgresIndexes {
  /** Receives each index with the oid of the relation it is on. */
  interface Sink {
    void accept(long relid, Index index);
  }

  // Bits of pg_index.indoption (src/include/catalog/pg_index.h).
  private static final int DESC = 1;
  private static final int NULLS_FIRST = 2;

  private PostgresIndexes() {}

  static void read(PostgresQueries queries, Sink sink) throws IntrospectionException {
    queries.each("indexes", "indexes", rs -> {
      String name = rs.getString("relname");
      int keyCount = rs.getInt("indnkeyatts");
      List<String> columns = strings(rs, "key_columns");
      List<String> defs = strings(rs, "key_defs");
      List<Integer> options = ints(rs, "key_options");
      List<String> opclasses = strings(rs, "key_opclasses");
      List<String> collations = strings(rs, "key_collations");
      if (defs.size() != columns.size() || options.size() < keyCount) {
        throw new SQLException("inconsistent key arrays for index " + name);
      }
      List<IndexKey> keys = new ArrayList<>(keyCount);
      List<String> include = new ArrayList<>();
      for (int k = 0; k < columns.size(); k++) {
        String column = columns.get(k);
        if (k >= keyCount) {
          include.add(column); // INCLUDE columns are plain columns, never expressions
          continue;
        }
        int option = options.get(k);
        IndexKey.Order order = (option & DESC) != 0 ? IndexKey.Order.DESC : IndexKey.Order.ASC;
        IndexKey.Nulls nulls = nulls(order, (option & NULLS_FIRST) != 0);
        Expr expression = column == null ? Expr.of(defs.get(k)) : null;
        keys.add(new IndexKey(column, expression, at(collations, k), at(opclasses, k), order, nulls, null));
      }
      sink.accept(rs.getLong("indrelid"), new Index(name, keys, rs.getString("amname"), rs.getBoolean("indisunique"),
          rs.getBoolean("nulls_not_distinct"), include, Expr.ofNullable(rs.getString("predicate")),
          PostgresQueries.options(rs, "reloptions"), rs.getBoolean("indisvalid"), rs.getString("description"), List.of()));
    });
  }

  /**
   * NULLS placement relative to the order's default: ascending keys sort NULLs last and descending keys
   * first unless told otherwise (postgresql.org/docs/current/indexes-ordering.html), so only the
   * non-default placement is recorded.
   */
  static IndexKey.Nulls nulls(IndexKey.Order order, boolean nullsFirst) {
    if (order == IndexKey.Order.DESC) return nullsFirst ? IndexKey.Nulls.DEFAULT : IndexKey.Nulls.LAST;
    return nullsFirst ? IndexKey.Nulls.FIRST : IndexKey.Nulls.DEFAULT;
  }

  private static String at(List<String> values, int i) {
    return i < values.size() ? values.get(i) : null;
  }
}
