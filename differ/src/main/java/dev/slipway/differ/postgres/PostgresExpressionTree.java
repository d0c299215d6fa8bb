package dev.slipway.differ.postgres;

import dev.slipway.model.postgres.PostgresScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tokens of a folded PostgreSQL expression, with parentheses and brackets nested as {@link Group}s: just
 * enough structure for {@link PostgresExpressionCanon} to see operands. Items are {@code String} tokens
 * (literals, dotted names, operators, {@code ::}, commas) or groups. {@link #render} prints one canonical
 * spacing that is valid SQL.
 */
final class PostgresExpressionTree {
  private PostgresExpressionTree() {}

  static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "between", "is", "null", "true", "false",
      "case", "when", "then", "else", "end", "any", "all", "some", "array", "like", "ilike", "similar", "distinct",
      "from", "as", "cast", "collate");

  /** A parenthesised ({@code '('}) or bracketed ({@code '['}) run of items. */
  record Group(char open, List<Object> items) {
    Group {
      items = List.copyOf(items);
    }

    boolean paren() {
      return open == '(';
    }

    Group with(List<Object> value) {
      return new Group(open, value);
    }
  }

  /** A column name as it appears in folded expression text ({@code quote_ident}). */
  static String quoteIdent(String name) {
    return isPlainIdentifier(name) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** {@code [a-z_][a-z0-9_$]*}, checked without a regex: this runs for every column of every table. */
  private static boolean isPlainIdentifier(String name) {
    if (name.isEmpty()) return false;
    char first = name.charAt(0);
    if (!(first >= 'a' && first <= 'z' || first == '_')) return false;
    for (int i = 1; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_' || ch == '$')) return false;
    }
    return true;
  }

  /** Parentheses around one expression: not a subquery, not a row or argument list. */
  static boolean isParenthesisedExpression(Group g) {
    if (!g.paren() || g.items().isEmpty() || g.items().contains(",")) return false;
    Object first = g.items().get(0);
    return !"select".equals(first) && !"with".equals(first) && !"values".equals(first);
  }

  static List<Object> parse(String text) {
    List<String> tokens = tokens(text);
    int[] at = {0};
    return items(tokens, at, null);
  }

  private static List<Object> items(List<String> tokens, int[] at, String close) {
    List<Object> out = new ArrayList<>();
    while (at[0] < tokens.size()) {
      String t = tokens.get(at[0]++);
      if (t.equals(close)) return out;
      if (t.equals("(") || t.equals("[")) {
        out.add(new Group(t.charAt(0), items(tokens, at, t.equals("(") ? ")" : "]")));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    PostgresScanner scanner = new PostgresScanner(s);
    while (scanner.hasNext()) {
      PostgresScanner.Token t = scanner.next();
      if (t.isBlank()) continue;
      String token = scanner.text(t);
      char ch = token.charAt(0);
      // a.b and "A"."b" stay one token: a name, never two operands.
      if (!out.isEmpty() && out.get(out.size() - 1).endsWith(".") && (Character.isLetter(ch) || ch == '_' || ch == '"')
          && out.get(out.size() - 1).length() > 1) {
        out.set(out.size() - 1, out.get(out.size() - 1) + token);
      } else if (token.equals(".") && !out.isEmpty() && isName(out.get(out.size() - 1))) {
        out.set(out.size() - 1, out.get(out.size() - 1) + ".");
      } else {
        out.add(token);
      }
    }
    return out;
  }

  private static boolean isName(String t) {
    char c = t.charAt(0);
    return Character.isLetter(c) || c == '_' || c == '"';
  }

  /** The index just past a type name starting at {@code from} (after {@code ::}), or -1. */
  static int typeEnd(List<Object> items, int from) {
    if (from >= items.size() || !(items.get(from) instanceof String w) || !isName(w)) return -1;
    int i = from + 1;
    if (i < items.size() && (w.equals("double") && "precision".equals(items.get(i))
        || (w.equals("character") || w.equals("bit")) && "varying".equals(items.get(i)))) {
      i++;
    }
    if (i < items.size() && items.get(i) instanceof Group g && g.paren()) i++;
    if (i + 2 < items.size() && ("with".equals(items.get(i)) || "without".equals(items.get(i)))
        && "time".equals(items.get(i + 1)) && "zone".equals(items.get(i + 2))) {
      i += 3;
    }
    while (i < items.size() && items.get(i) instanceof Group g && !g.paren()) i++;
    return i;
  }

  static String render(List<Object> items) {
    StringBuilder b = new StringBuilder();
    Object prev = null;
    for (Object o : items) {
      if (prev != null && space(prev, o)) b.append(' ');
      if (o instanceof Group g) {
        b.append(g.open()).append(render(g.items())).append(g.paren() ? ')' : ']');
      } else {
        b.append((String) o);
      }
      prev = o;
    }
    return b.toString();
  }

  private static boolean space(Object prev, Object o) {
    if (o.equals(",") || o.equals("::") || prev.equals("::")) return false;
    if (o instanceof Group g) {
      if (!g.paren()) return false; // x[1], array[…], type[]
      return !(prev instanceof String s) || !isName(s) || KEYWORDS.contains(s) && !s.equals("array");
    }
    return true;
  }
}
