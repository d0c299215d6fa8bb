package dev.slipway.introspect.sql;

import dev.slipway.model.Expr;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.View;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CREATE [UNIQUE] INDEX} (postgresql.org/docs/current/sql-createindex.html). Read by hand because
 * JSqlParser mis-models {@code (lower(email))} as a column named "lower"; an unnamed index is named as
 * ChooseIndexName does: {@code table_col1_col2_idx}, expression keys by their function name or "expr".
 */
final class PostgresIndexReader {
  private final SqlStatement st;
  private final Cursor c;
  private final SchemaState s;

  PostgresIndexReader(SqlStatement st, Cursor c, SchemaState s) {
    this.st = st;
    this.c = c;
    this.s = s;
  }

  /** The cursor is just past {@code INDEX}. */
  void read(boolean unique) {
    c.accept("concurrently");
    boolean ifNotExists = c.accept("if", "not", "exists");
    Token nameToken = null;
    String name = null;
    if (!c.at("on")) {
      nameToken = c.peek();
      name = PostgresNames.truncate(c.identifier("index name"));
    }
    c.expect("on");
    boolean only = c.accept("only");
    Token tableToken = c.peek();
    QualifiedName table = s.qualify(c.dottedName("table name"));
    TableState t = s.tables.get(table);
    View view = s.views.get(table);
    if (t == null && (view == null || !view.materialized())) {
      throw st.error(tableToken, "index on unknown table " + table);
    }
    String method = "btree";
    if (c.accept("using")) method = c.identifier("index method");
    int[] r = c.parens();
    List<IndexKey> keys = new ArrayList<>();
    List<String> keyNames = new ArrayList<>();
    for (int[] p : c.splitCommas(r[0], r[1])) {
      keys.add(key(c.sub(p[0], p[1]), t, keyNames));
    }
    if (keys.isEmpty()) throw st.error(tableToken, "index has no keys");
    List<String> include = List.of();
    boolean nullsNotDistinct = false;
    List<String> params = List.of();
    Expr predicate = null;
    while (!c.atEnd()) {
      if (c.accept("include")) {
        include = PostgresConstraints.nameList(c);
        for (String col : include) requireColumn(t, col, tableToken);
      } else if (c.accept("nulls", "not", "distinct")) {
        nullsNotDistinct = true;
      } else if (c.accept("nulls", "distinct")) {
        nullsNotDistinct = false;
      } else if (c.at("with", "(")) {
        c.next();
        params = PostgresExpressions.storageParameters(c);
      } else if (c.accept("tablespace")) {
        c.identifier("tablespace");
      } else if (c.accept("where")) {
        int[] w = c.until();
        if (w[0] == w[1]) throw c.fail("WHERE needs a predicate");
        predicate = Expr.of(st.text(w[0], w[1]));
      } else {
        throw c.fail("unexpected \"" + c.peek().value() + "\" in CREATE INDEX");
      }
    }
    if (name == null) {
      name = PostgresNames.choose(table.name(), PostgresNames.addition(keyNames), "idx", s.relationNames(table.schema()));
    } else if (!s.relationNames(table.schema()).add(name)) {
      if (ifNotExists) return;
      throw st.error(nameToken, "relation \"" + name + "\" already exists in schema " + table.schema());
    }
    Index index;
    try {
      index = new Index(name, keys, method, unique, nullsNotDistinct, include, predicate, params, true, null, List.of());
    } catch (dev.slipway.model.InvalidModelException e) {
      throw st.error(st.first(), e.getMessage());
    }
    s.define("index " + new QualifiedName(table.schema(), name), st.location(st.first()));
    s.indexOwners.put(new QualifiedName(table.schema(), name), table);
    if (t != null) {
      t.indexes.put(name, index);
      if (!only) {
        for (TableState child : PostgresPartitions.partitionsOf(s, t)) PostgresPartitions.copyIndex(s, index, child);
      }
    } else {
      List<Index> indexes = new ArrayList<>(view.indexes());
      indexes.add(index);
      s.views.put(table, new View(view.name(), view.definition(), true, view.options(), indexes, view.dependsOn(),
          view.comment(), view.attrs()));
    }
  }

  private IndexKey key(Cursor e, TableState t, List<String> keyNames) {
    Token first = e.peek();
    String column = null;
    String expression = null;
    String keyName;
    if (first.isPunct("(")) {
      int[] r = e.parens();
      expression = st.text(r[0], r[1]);
      keyName = figureName(r[0], r[1]);
    } else {
      int start = e.pos();
      List<String> name = e.dottedName("column or expression");
      if (!e.atEnd() && e.peek().isPunct("(")) {
        e.parens();
        expression = st.text(start, e.pos());
        keyName = name.get(name.size() - 1);
      } else {
        if (name.size() > 1) throw st.error(first, "index key must be a column or a parenthesised expression");
        column = name.get(0);
        requireColumn(t, column, first);
        keyName = column;
      }
    }
    String collation = null;
    String opclass = null;
    IndexKey.Order order = IndexKey.Order.ASC;
    IndexKey.Nulls nulls = IndexKey.Nulls.DEFAULT;
    while (!e.atEnd()) {
      if (e.accept("collate")) {
        List<String> coll = e.dottedName("collation");
        collation = coll.get(coll.size() - 1);
      } else if (e.accept("asc")) {
        order = IndexKey.Order.ASC;
      } else if (e.accept("desc")) {
        order = IndexKey.Order.DESC;
      } else if (e.accept("nulls", "first")) {
        nulls = IndexKey.Nulls.FIRST;
      } else if (e.accept("nulls", "last")) {
        nulls = IndexKey.Nulls.LAST;
      } else if (e.peek().isIdentifier() && opclass == null) {
        List<String> oc = e.dottedName("operator class");
        opclass = String.join(".", oc);
        if (!e.atEnd() && e.peek().isPunct("(")) e.parens();
      } else {
        throw e.fail("unexpected \"" + e.peek().value() + "\" in index key");
      }
    }
    // NULLS LAST is the default for ASC and NULLS FIRST for DESC; pg_get_indexdef omits them.
    if ((order == IndexKey.Order.ASC && nulls == IndexKey.Nulls.LAST)
        || (order == IndexKey.Order.DESC && nulls == IndexKey.Nulls.FIRST)) {
      nulls = IndexKey.Nulls.DEFAULT;
    }
    String unique = keyName;
    for (int i = 1; keyNames.contains(unique); i++) unique = keyName + i;
    keyNames.add(unique);
    return new IndexKey(column, expression == null ? null : Expr.of(expression), collation, opclass, order, nulls, null);
  }

  /** FigureIndexColname: a function call is named by the function, a cast by its operand column, else "expr". */
  private String figureName(int from, int to) {
    Token t = st.tokens().get(from);
    if (t.isPunct("(") && to - from > 2) return figureName(from + 1, to - 1);
    if (t.isIdentifier() && to - from > 1 && st.tokens().get(from + 1).isPunct("(")) return t.value();
    if (t.isIdentifier() && to - from > 2 && st.tokens().get(from + 1).isPunct("::")) return t.value();
    if (t.isIdentifier() && to - from == 1) return t.value();
    return "expr";
  }

  private void requireColumn(TableState t, String column, Token at) {
    if (t != null && t.column(column).isEmpty()) {
      throw st.error(at, "index names unknown column \"" + column + "\" of table " + t.name);
    }
  }
}
