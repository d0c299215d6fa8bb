package dev.slipway.differ.postgres;

import dev.slipway.model.Column;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simple view query ({@code SELECT … FROM … [WHERE] [GROUP BY] [HAVING] [ORDER BY]}, no set operations
 * or CTEs) with every expression in canonical form ({@link PostgresExpressionCanon}), typed by the columns
 * of the tables in its FROM clause, and the parentheses pg_get_viewdef puts around a join tree removed.
 * That is what separates a query as written from the server's rewrite of it
 * (postgresql.org/docs/current/functions-info.html, pg_get_viewdef); the server's layout (line breaks,
 * indentation) already folds away. Any other query is only folded, so it compares as text.
 */
final class PostgresViewText {
  private PostgresViewText() {}

  private static final Set<String> CLAUSES = Set.of("select", "from", "where", "group", "having", "order", "limit",
      "offset");
  private static final Set<String> UNSUPPORTED = Set.of("union", "except", "intersect", "with", "window", "values",
      "lateral", "using", "natural", "distinct");
  private static final Set<String> JOIN_WORDS = Set.of("join", "inner", "left", "right", "full", "cross", "outer",
      "on");

  static String canonical(String query, Map<QualifiedName, Table> tables) {
    String folded = PostgresText.expression(query);
    try {
      List<Object> items = PostgresExpressionTree.parse(folded);
      if (items.isEmpty() || !"select".equals(items.get(0))) return folded;
      for (Object o : items) if (o instanceof String s && UNSUPPORTED.contains(s)) return folded;
      List<List<Object>> clauses = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Object o : items) {
        if (o instanceof String s && CLAUSES.contains(s)) {
          names.add(s);
          clauses.add(new ArrayList<>());
        } else {
          clauses.get(clauses.size() - 1).add(o);
        }
      }
      Map<String, String> columns = new HashMap<>();
      int fromAt = names.indexOf("from");
      if (fromAt >= 0) {
        List<Object> from = clauses.get(fromAt);
        while (from.size() == 1 && from.get(0) instanceof PostgresExpressionTree.Group g && g.paren()
            && g.items().contains("join")) {
          from = new ArrayList<>(g.items());
        }
        if (!scope(from, tables, columns)) return folded;
        clauses.set(fromAt, joins(from, columns));
        String only = singleRelation(from, folded, tables);
        if (only != null) {
          Set<String> own = new HashSet<>();
          for (String key : columns.keySet()) if (key.startsWith(only + ".")) own.add(key);
          for (int k = 0; k < names.size(); k++) {
            if (!names.get(k).equals("order") && !names.get(k).equals("from")) clauses.set(k, unqualify(clauses.get(k), own, only));
          }
        }
      }
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < names.size(); k++) {
        String name = names.get(k);
        List<Object> clause = clauses.get(k);
        if (k > 0) b.append(' ');
        if ((name.equals("group") || name.equals("order")) && !clause.isEmpty() && "by".equals(clause.get(0))) {
          name = name + " by";
          clause = clause.subList(1, clause.size());
        }
        b.append(name).append(' ');
        if (name.equals("select") || name.equals("group by") || name.equals("order by")) {
          b.append(list(clause, columns));
        } else if (name.equals("where") || name.equals("having")) {
          b.append(PostgresExpressionCanon.canonical(PostgresExpressionTree.render(clause), columns));
        } else {
          b.append(PostgresExpressionTree.render(clause));
        }
      }
      return b.toString().strip();
    } catch (RuntimeException unparsable) {
      return folded;
    }
  }

  /** Column types by {@code alias.column}, and by bare name where only one relation has it. */
  private static boolean scope(List<Object> from, Map<QualifiedName, Table> tables, Map<String, String> columns) {
    Set<String> ambiguous = new HashSet<>();
    for (int i = 0; i < from.size(); i++) {
      if (!(from.get(i) instanceof String s) || !(i == 0 || "join".equals(from.get(i - 1)) || ",".equals(from.get(i - 1)))) {
        continue;
      }
      if (from.get(i) instanceof PostgresExpressionTree.Group) return false;
      int dot = s.indexOf('.');
      if (dot < 0 || s.indexOf('"') >= 0) continue;
      Table t = tables.get(new QualifiedName(s.substring(0, dot), s.substring(dot + 1)));
      if (t == null) continue;
      String alias = t.name().name();
      if (i + 1 < from.size() && from.get(i + 1) instanceof String a && !JOIN_WORDS.contains(a) && !a.equals(",")) {
        alias = a.equals("as") && i + 2 < from.size() ? String.valueOf(from.get(i + 2)) : a;
      }
      for (Column c : t.columns()) {
        String col = PostgresExpressionTree.quoteIdent(c.name());
        String type = PostgresText.type(c.type().text());
        columns.put(alias + "." + col, type);
        if (columns.containsKey(col) || ambiguous.contains(col)) {
          columns.remove(col);
          ambiguous.add(col);
        } else {
          columns.put(col, type);
        }
      }
    }
    return true;
  }

  /**
   * The alias of the only relation in FROM when the query has no subquery, else null. Then {@code alias.col}
   * and {@code col} name the same column (PostgreSQL 15 and older print the qualified form) outside ORDER BY,
   * where an output column of the same name would win over the input column (sql-select.html#SQL-ORDERBY).
   */
  private static String singleRelation(List<Object> from, String folded, Map<QualifiedName, Table> tables) {
    if (folded.split("\\bselect\\b", -1).length != 2) return null;
    if (from.isEmpty() || !(from.get(0) instanceof String s) || s.indexOf('.') < 0 || s.indexOf('"') >= 0) return null;
    Table t = tables.get(new QualifiedName(s.substring(0, s.indexOf('.')), s.substring(s.indexOf('.') + 1)));
    if (t == null) return null;
    if (from.size() == 1) return t.name().name();
    if (from.size() == 2 && from.get(1) instanceof String a && !JOIN_WORDS.contains(a) && !a.equals(",")) return a;
    if (from.size() == 3 && "as".equals(from.get(1)) && from.get(2) instanceof String a) return a;
    return null;
  }

  private static List<Object> unqualify(List<Object> items, Set<String> own, String alias) {
    List<Object> out = new ArrayList<>(items.size());
    for (Object o : items) {
      if (o instanceof PostgresExpressionTree.Group g) {
        out.add(g.with(unqualify(g.items(), own, alias)));
      } else if (o instanceof String s && own.contains(s)) {
        out.add(s.substring(alias.length() + 1));
      } else {
        out.add(o);
      }
    }
    return out;
  }

  /** ON conditions in canonical form. */
  private static List<Object> joins(List<Object> from, Map<String, String> columns) {
    List<Object> out = new ArrayList<>();
    int i = 0;
    while (i < from.size()) {
      Object o = from.get(i++);
      out.add(o);
      if (!"on".equals(o)) continue;
      int start = i;
      while (i < from.size() && !(from.get(i) instanceof String s && JOIN_WORDS.contains(s) && !s.equals("on"))
          && !",".equals(from.get(i))) {
        i++;
      }
      out.add(PostgresExpressionCanon.canonical(PostgresExpressionTree.render(from.subList(start, i)), columns));
    }
    return out;
  }

  private static String list(List<Object> items, Map<String, String> columns) {
    List<String> out = new ArrayList<>();
    List<Object> cur = new ArrayList<>();
    for (Object o : items) {
      if (",".equals(o)) {
        out.add(PostgresExpressionCanon.canonical(PostgresExpressionTree.render(cur), columns));
        cur = new ArrayList<>();
      } else {
        cur.add(o);
      }
    }
    if (!cur.isEmpty() || !out.isEmpty()) out.add(PostgresExpressionCanon.canonical(PostgresExpressionTree.render(cur), columns));
    return String.join(", ", out);
  }
}
