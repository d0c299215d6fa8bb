package dev.slipway.differ.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites an expression into the form PostgreSQL's parser and deparser would give it, where that is certain
 * from the text and the types of the table's columns alone. Each rewrite is one the server itself makes:
 * <ul>
 *   <li>{@code x BETWEEN a AND b} is {@code x >= a AND x <= b} (parser, transformAExprBetween);</li>
 *   <li>{@code x IN ('a', 'b')} over literals is {@code x = ANY (ARRAY['a', 'b'])}, {@code NOT IN} is
 *   {@code <> ALL} (transformAExprIn);</li>
 *   <li>parentheses around an operand of OR, and around an operand of AND that has no top-level OR, change
 *   nothing (OR binds loosest, then AND: postgresql.org/docs/current/sql-syntax-lexical.html#SQL-PRECEDENCE);
 *   neither do parentheses around a single token before {@code ::};</li>
 *   <li>a literal cast to the type of the column on the other side of a comparison, pattern match or
 *   {@code ||} is the cast the server adds (an unknown literal takes the other operand's type:
 *   postgresql.org/docs/current/typeconv-oper.html, step 2a); likewise an integer or decimal literal cast
 *   to {@code numeric} or {@code double precision} beside a column of that type (numeric literals convert
 *   implicitly, and the operator with the most exact matches wins, step 3c).</li>
 * </ul>
 * Anything else is left alone, so expressions that could behave differently stay different.
 */
final class PostgresExpressionCanon {
  private PostgresExpressionCanon() {}

  static final Set<String> COMPARE = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
  static final Set<String> TEXT_OPS = Set.of("~", "~*", "!~", "!~*", "like", "ilike", "~~", "~~*", "||", "->", "->>");
  private static final Set<String> LEFT_EDGE = Set.of("and", "or", "not", ",", "when", "then", "else");
  private static final Set<String> RIGHT_EDGE = Set.of("and", "or", ",", "then", "else", "end", "is");
  static final Set<String> NUMERIC_TYPES = Set.of("numeric", "double precision");

  /** The canonical text of {@code text}; {@code columns} maps column names to canonical type names. */
  static String canonical(String text, Map<String, String> columns) {
    List<Object> items = PostgresExpressionTree.parse(PostgresText.expression(text));
    items = rewrite(items, columns);
    return PostgresText.expression(PostgresExpressionTree.render(items));
  }

  private static List<Object> rewrite(List<Object> in, Map<String, String> columns) {
    List<Object> items = new ArrayList<>(in.size());
    for (Object o : in) {
      items.add(o instanceof PostgresExpressionTree.Group g ? g.with(rewrite(g.items(), columns)) : o);
    }
    items = PostgresCastCanon.castTypes(items);
    items = unwrapBeforeCast(items);
    items = PostgresCastCanon.arrayTypmod(items);
    items = PostgresCastCanon.textArguments(items);
    items = between(items);
    items = in(items);
    items = PostgresCastCanon.literalCasts(items, columns);
    items = PostgresCastCanon.columnCasts(items, columns);
    items = leftAssociative(items);
    return logical(items);
  }


  /** {@code (x)::t} → {@code x::t} when x is a single token. */
  private static List<Object> unwrapBeforeCast(List<Object> items) {
    List<Object> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Object o = items.get(i);
      boolean call = o instanceof PostgresExpressionTree.Group g && g.items().size() == 2 && isIdentifier(g.items().get(0))
          && g.items().get(1) instanceof PostgresExpressionTree.Group args && args.paren();
      if (o instanceof PostgresExpressionTree.Group g && g.paren() && (g.items().size() == 1 || call)
          && (call || g.items().get(0) instanceof String) && i + 1 < items.size() && "::".equals(items.get(i + 1))
          && (i == 0 || !isWord(items.get(i - 1)))) {
        out.addAll(g.items());
      } else {
        out.add(o);
      }
    }
    return out;
  }




  /**
   * {@code (a || b) || c} is {@code a || b || c}: operators outside the named classes share one precedence
   * and associate to the left (sql-syntax-lexical.html#SQL-PRECEDENCE), so parentheses around the leftmost
   * operand go when they hold only such operators or tighter ones.
   */
  private static List<Object> leftAssociative(List<Object> in) {
    List<Object> items = new ArrayList<>(in);
    for (int i = 0; i + 1 < items.size(); i++) {
      if (!(items.get(i) instanceof PostgresExpressionTree.Group g) || !PostgresExpressionTree.isParenthesisedExpression(g)
          || !otherOperator(items.get(i + 1))
          || !(i == 0 || leftEdge(items, i) || COMPARE.contains(String.valueOf(items.get(i - 1))))) {
        continue;
      }
      boolean tight = !g.items().isEmpty();
      for (Object o : g.items()) {
        if (o instanceof String t && (COMPARE.contains(t) || PostgresExpressionTree.KEYWORDS.contains(t) || ",".equals(t))) {
          tight = false;
        }
      }
      if (g.items().size() == 1 || !tight) continue;
      items.remove(i);
      items.addAll(i, g.items());
    }
    return items;
  }

  private static boolean otherOperator(Object o) {
    return o instanceof String s && !s.isEmpty() && "+-*/<>=~!@#%^&|`?".indexOf(s.charAt(0)) >= 0
        && !COMPARE.contains(s) && !Set.of("+", "-", "*", "/", "%", "^").contains(s);
  }

  /** {@code x between a and b} over a column and literals → {@code (x >= a and x <= b)}. */
  private static List<Object> between(List<Object> items) {
    for (int i = 1; i + 3 < items.size(); i++) {
      if (!"between".equals(items.get(i)) || !isIdentifier(items.get(i - 1)) || !"and".equals(items.get(i + 2))
          || !isLiteral(items.get(i + 1)) || !isLiteral(items.get(i + 3))) {
        continue;
      }
      if (i >= 2 && ("not".equals(items.get(i - 2)) || !leftEdge(items, i - 1))) continue;
      if (i + 4 < items.size() && !rightEdge(items.get(i + 4))) continue;
      Object x = items.get(i - 1);
      List<Object> ands = List.of(x, ">=", items.get(i + 1), "and", x, "<=", items.get(i + 3));
      List<Object> out = new ArrayList<>(items.subList(0, i - 1));
      out.add(new PostgresExpressionTree.Group('(', ands));
      out.addAll(items.subList(i + 4, items.size()));
      return between(out);
    }
    return items;
  }

  /** {@code x [not] in (literal, …)} → {@code x = any (array[…])} / {@code x <> all (array[…])}. */
  private static List<Object> in(List<Object> items) {
    for (int i = 1; i + 1 < items.size(); i++) {
      if (!"in".equals(items.get(i)) || !(items.get(i + 1) instanceof PostgresExpressionTree.Group g) || !g.paren()) {
        continue;
      }
      boolean not = "not".equals(items.get(i - 1));
      int x = not ? i - 2 : i - 1;
      if (x < 0 || !isIdentifier(items.get(x)) || !leftEdge(items, x)) continue;
      if (i + 2 < items.size() && !rightEdge(items.get(i + 2))) continue;
      if (!literalList(g.items())) continue;
      List<Object> out = new ArrayList<>(items.subList(0, x + 1));
      out.add(not ? "<>" : "=");
      out.add(not ? "all" : "any");
      List<Object> array = List.of("array", new PostgresExpressionTree.Group('[', g.items()));
      out.add(new PostgresExpressionTree.Group('(', array));
      out.addAll(items.subList(i + 2, items.size()));
      return in(out);
    }
    return items;
  }

  private static boolean literalList(List<Object> items) {
    if (items.isEmpty()) return false;
    for (int i = 0; i < items.size(); i++) {
      Object o = items.get(i);
      if (i % 2 == 1 ? !",".equals(o) : !isLiteral(o)) return false;
    }
    return items.size() % 2 == 1;
  }




  static String withoutModifiers(String type) {
    return type.indexOf('"') >= 0 || type.indexOf('(') < 0 ? type : MODIFIERS.matcher(type).replaceAll("");
  }

  private static final java.util.regex.Pattern MODIFIERS = java.util.regex.Pattern.compile("\\([0-9, ]*\\)");
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?");

  /** An unsigned number literal: digits, optionally a dot and more digits. */
  static boolean isNumber(String s) {
    return NUMBER.matcher(s).matches();
  }




  static String columnType(Object o, Map<String, String> columns) {
    return o instanceof String s && isIdentifier(s) ? columns.get(s) : null;
  }

  static boolean leftEdge(List<Object> items, int at) {
    return at == 0 || items.get(at - 1) instanceof String s && LEFT_EDGE.contains(s);
  }

  static boolean rightEdge(Object o) {
    return o instanceof String s && RIGHT_EDGE.contains(s);
  }

  private static boolean isWord(Object o) {
    return o instanceof String s && !s.isEmpty() && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '_' || s.charAt(0) == '"');
  }

  private static boolean isIdentifier(Object o) {
    return isWord(o) && !PostgresExpressionTree.KEYWORDS.contains(o);
  }

  static boolean isLiteral(Object o) {
    return o instanceof String s && (s.startsWith("'") || isNumber(s));
  }

  /** Parentheses around OR operands, and around AND operands without a top-level OR, go. */
  private static List<Object> logical(List<Object> items) {
    if (items.contains("between")) return items;
    List<List<Object>> ors = split(items, "or");
    List<Object> out = new ArrayList<>();
    for (int k = 0; k < ors.size(); k++) {
      if (k > 0) out.add("or");
      List<Object> operand = ors.get(k);
      if (ors.size() > 1 && operand.size() == 1 && operand.get(0) instanceof PostgresExpressionTree.Group g
          && PostgresExpressionTree.isParenthesisedExpression(g)) {
        operand = g.items();
      }
      out.addAll(ands(operand));
    }
    return out;
  }

  private static List<Object> ands(List<Object> items) {
    List<List<Object>> ands = split(items, "and");
    if (ands.size() == 1) return items;
    List<Object> out = new ArrayList<>();
    for (int k = 0; k < ands.size(); k++) {
      if (k > 0) out.add("and");
      List<Object> operand = ands.get(k);
      if (operand.size() == 1 && operand.get(0) instanceof PostgresExpressionTree.Group g
          && PostgresExpressionTree.isParenthesisedExpression(g)
          && !g.items().contains("or") && !g.items().contains("between")) {
        operand = g.items();
      }
      out.addAll(operand);
    }
    return out;
  }

  private static List<List<Object>> split(List<Object> items, String word) {
    List<List<Object>> out = new ArrayList<>();
    List<Object> cur = new ArrayList<>();
    for (Object o : items) {
      if (word.equals(o)) {
        out.add(cur);
        cur = new ArrayList<>();
      } else {
        cur.add(o);
      }
    }
    out.add(cur);
    return out;
  }
}
