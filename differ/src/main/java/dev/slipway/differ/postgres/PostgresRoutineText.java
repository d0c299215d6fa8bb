package dev.slipway.differ.postgres;

import dev.slipway.model.Expr;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.postgres.PostgresScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CREATE FUNCTION / PROCEDURE statement in one canonical spelling, modelled on {@code pg_get_functiondef}:
 * qualified name, arguments with canonical type names, {@code IN} dropped (the default mode; PostgreSQL 14+
 * prints it for procedures, 13 does not), argument defaults without the cast to the argument's own type,
 * options that merely restate a default left out ({@code VOLATILE}, {@code CALLED ON NULL INPUT},
 * {@code SECURITY INVOKER}, {@code NOT LEAKPROOF}, {@code PARALLEL UNSAFE}, {@code COST 100}, {@code ROWS 1000}),
 * and the body as the string it is, however it was quoted. See postgresql.org/docs/current/sql-createfunction.html.
 * The result is still a valid statement with the same effect; a definition it cannot parse is left as is.
 */
final class PostgresRoutineText {
  private PostgresRoutineText() {}

  private static final Set<String> OPTION_START = Set.of("language", "immutable", "stable", "volatile", "strict",
      "called", "security", "external", "leakproof", "not", "parallel", "cost", "rows", "set", "as", "window",
      "support", "transform", "begin", "return");
  private static final Set<String> TYPE_START = Set.of("double", "character", "bit", "timestamp", "time",
      "interval", "national", "setof");

  static String canonical(Routine r) {
    try {
      String c = parse(r);
      return c == null ? r.definition() : c;
    } catch (RuntimeException unparsable) {
      return r.definition();
    }
  }

  private static String parse(Routine r) {
    List<Object> items = PostgresExpressionTree.parse(PostgresText.expression(r.definition()));
    int i = 0;
    if (!"create".equals(items.get(i++))) return null;
    if ("or".equals(items.get(i)) && "replace".equals(items.get(i + 1))) i += 2;
    String kind = (String) items.get(i++);
    if (!kind.equals("function") && !kind.equals("procedure")) return null;
    i++; // the name: Routine.name() is already qualified
    if (!(items.get(i) instanceof PostgresExpressionTree.Group args) || !args.paren()) return null;
    i++;
    List<String> arguments = new ArrayList<>();
    boolean outputs = false;
    for (List<Object> a : split(args.items())) {
      if (a.isEmpty()) continue;
      if ("out".equals(a.get(0)) || "inout".equals(a.get(0))) outputs = true;
      arguments.add(argument(a));
    }
    String returns = null;
    String language = null;
    List<String> options = new ArrayList<>();
    String body = null;
    while (i < items.size()) {
      Object o = items.get(i++);
      if ("returns".equals(o) && "null".equals(items.get(i))) {
        options.add("STRICT"); // RETURNS NULL ON NULL INPUT
        i += 4;
      } else if ("returns".equals(o)) {
        int start = i;
        while (i < items.size() && !OPTION_START.contains(items.get(i))) i++;
        returns = returns(items.subList(start, i));
      } else if ("language".equals(o)) {
        language = unquote((String) items.get(i++));
      } else if ("immutable".equals(o) || "stable".equals(o)) {
        options.add(((String) o).toUpperCase());
      } else if ("volatile".equals(o)) {
        continue;
      } else if ("strict".equals(o)) {
        options.add("STRICT");
      } else if ("called".equals(o)) {
        i += 3; // CALLED ON NULL INPUT
      } else if ("external".equals(o)) {
        continue;
      } else if ("security".equals(o)) {
        if ("definer".equals(items.get(i++))) options.add("SECURITY DEFINER");
      } else if ("leakproof".equals(o)) {
        options.add("LEAKPROOF");
      } else if ("not".equals(o) && "leakproof".equals(items.get(i))) {
        i++;
      } else if ("parallel".equals(o)) {
        String p = (String) items.get(i++);
        if (!p.equals("unsafe")) options.add("PARALLEL " + p.toUpperCase());
      } else if ("cost".equals(o)) {
        String n = (String) items.get(i++);
        boolean c = "c".equals(language) || "internal".equals(language);
        if (!n.equals(c ? "1" : "100")) options.add("COST " + n);
      } else if ("rows".equals(o)) {
        String n = (String) items.get(i++);
        if (!n.equals("1000")) options.add("ROWS " + n);
      } else if ("window".equals(o)) {
        options.add("WINDOW");
      } else if ("set".equals(o)) {
        int start = i;
        while (i < items.size() && !OPTION_START.contains(items.get(i))) i++;
        options.add("SET " + PostgresExpressionTree.render(items.subList(start, i)).replace(" = ", " TO "));
      } else if ("as".equals(o)) {
        String first = (String) items.get(i++);
        if (i < items.size() && ",".equals(items.get(i))) {
          body = first + ", " + items.get(i + 1); // C: 'obj_file', 'link_symbol'
          i += 2;
        } else {
          body = dollarQuote(unquote(first), kind);
        }
      } else if ("begin".equals(o) || "return".equals(o)) {
        body = PostgresExpressionTree.render(items.subList(i - 1, items.size()));
        i = items.size();
      } else {
        return null;
      }
    }
    if (language == null || body == null) return null;
    options.sort(null);
    StringBuilder b = new StringBuilder("CREATE OR REPLACE ").append(kind.toUpperCase()).append(' ')
        .append(qualified(r.name())).append('(').append(String.join(", ", arguments)).append(")\n");
    if (returns != null && !(outputs && (returns.equals("record") || !returns.contains("(") && !returns.contains(" ")
        && r.returns() != null && r.returns().equals(returns)))) {
      b.append(" RETURNS ").append(returns).append('\n');
    }
    b.append(" LANGUAGE ").append(language).append('\n');
    for (String option : options) b.append(' ').append(option).append('\n');
    return b.append("AS ").append(body).append('\n').toString();
  }

  private static String argument(List<Object> a) {
    List<Object> t = new ArrayList<>(a);
    StringBuilder b = new StringBuilder();
    if ("in".equals(t.get(0))) t.remove(0);
    if ("out".equals(t.get(0)) || "inout".equals(t.get(0)) || "variadic".equals(t.get(0))) {
      b.append(((String) t.remove(0)).toUpperCase()).append(' ');
    }
    int def = t.indexOf("default");
    if (def < 0) def = t.indexOf("=");
    List<Object> decl = def < 0 ? t : t.subList(0, def);
    String name = null;
    if (decl.size() > 1 && decl.get(0) instanceof String w && !TYPE_START.contains(w)) {
      name = w;
      decl = decl.subList(1, decl.size());
    }
    String type = PostgresText.type(PostgresExpressionTree.render(decl));
    if (name != null) b.append(name).append(' ');
    b.append(type);
    if (def >= 0) {
      String value = PostgresExpressionTree.render(t.subList(def + 1, t.size()));
      Map<String, String> scope = name == null ? Map.of() : Map.of(name, type);
      b.append(" DEFAULT ").append(PostgresDiffRules.columnDefault(Expr.of(value), type, scope).text());
    }
    return b.toString();
  }

  private static String returns(List<Object> items) {
    if (!items.isEmpty() && "table".equals(items.get(0)) && items.size() == 2
        && items.get(1) instanceof PostgresExpressionTree.Group g) {
      List<String> columns = new ArrayList<>();
      for (List<Object> col : split(g.items())) {
        columns.add(col.get(0) + " " + PostgresText.type(PostgresExpressionTree.render(col.subList(1, col.size()))));
      }
      return "TABLE(" + String.join(", ", columns) + ")";
    }
    if (!items.isEmpty() && "setof".equals(items.get(0))) {
      return "SETOF " + PostgresText.type(PostgresExpressionTree.render(items.subList(1, items.size())));
    }
    return PostgresText.type(PostgresExpressionTree.render(items));
  }

  private static List<List<Object>> split(List<Object> items) {
    List<List<Object>> out = new ArrayList<>();
    List<Object> cur = new ArrayList<>();
    for (Object o : items) {
      if (",".equals(o)) {
        out.add(cur);
        cur = new ArrayList<>();
      } else {
        cur.add(o);
      }
    }
    out.add(cur);
    return out;
  }

  /** The value of a string constant however it is quoted ('…', E'…', $tag$…$tag$); anything else as is. */
  private static String unquote(String token) {
    PostgresScanner.Token t = new PostgresScanner(token).next();
    boolean whole = t.end() == token.length() && t.terminated();
    // B'…', X'…' and N'…' are no function body; a bare word (a language name) stays as it is.
    boolean text = t.kind() == PostgresScanner.Kind.DOLLAR_STRING || t.kind() == PostgresScanner.Kind.ESCAPE_STRING
        || t.kind() == PostgresScanner.Kind.STRING && token.charAt(0) == '\'';
    return whole && text ? PostgresScanner.value(token, t) : token;
  }

  private static String dollarQuote(String body, String kind) {
    String tag = "$" + kind + "$";
    for (int n = 1; body.contains(tag); n++) tag = "$" + kind + n + "$";
    return tag + body + tag;
  }

  private static String qualified(QualifiedName n) {
    return PostgresExpressionTree.quoteIdent(n.schema()) + "." + PostgresExpressionTree.quoteIdent(n.name());
  }
}
