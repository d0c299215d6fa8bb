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

  private static final Set<String> COMPARE = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
  private static final Set<String> TEXT_OPS = Set.of("~", "~*", "!~", "!~*", "like", "ilike", "~~", "~~*", "||", "->", "->>");
  private static final Set<String> LEFT_EDGE = Set.of("and", "or", "not", ",", "when", "then", "else");
  private static final Set<String> RIGHT_EDGE = Set.of("and", "or", ",", "then", "else", "end", "is");
  private static final Set<String> NUMERIC_TYPES = Set.of("numeric", "double precision");

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
    items = castTypes(items);
    items = unwrapBeforeCast(items);
    items = arrayTypmod(items);
    items = textArguments(items);
    items = between(items);
    items = in(items);
    items = literalCasts(items, columns);
    items = columnCasts(items, columns);
    items = leftAssociative(items);
    return logical(items);
  }

  /** The type after {@code ::} in its canonical spelling ({@code ::varchar(3)} → {@code ::character varying(3)}). */
  private static List<Object> castTypes(List<Object> in) {
    List<Object> items = new ArrayList<>(in);
    for (int j = 0; j + 1 < items.size(); j++) {
      if (!"::".equals(items.get(j))) continue;
      int end = PostgresExpressionTree.typeEnd(items, j + 1);
      if (end < 0) continue;
      String type = PostgresText.type(PostgresExpressionTree.render(items.subList(j + 1, end)));
      items.subList(j + 1, end).clear();
      items.add(j + 1, type);
    }
    return items;
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
   * {@code (array[…]::t[])::t(n)[]} → {@code array[…]::t(n)[]}: for a cast to an array type with a modifier
   * the parser builds the array over the unmodified element type and casts the result (transformArrayExpr);
   * the deparser prints both steps.
   */
  private static List<Object> arrayTypmod(List<Object> in) {
    List<Object> items = new ArrayList<>(in);
    for (int i = 0; i + 2 < items.size(); i++) {
      if (!(items.get(i) instanceof PostgresExpressionTree.Group g) || !g.paren() || !"::".equals(items.get(i + 1))) continue;
      List<Object> inner = g.items();
      if (inner.size() < 4 || !"array".equals(inner.get(0)) || !(inner.get(1) instanceof PostgresExpressionTree.Group b)
          || b.paren() || !"::".equals(inner.get(2)) || PostgresExpressionTree.typeEnd(inner, 3) != inner.size()) {
        continue;
      }
      int end = PostgresExpressionTree.typeEnd(items, i + 2);
      if (end < 0) continue;
      String innerType = PostgresText.type(PostgresExpressionTree.render(inner.subList(3, inner.size())));
      String outerType = PostgresText.type(PostgresExpressionTree.render(items.subList(i + 2, end)));
      if (!innerType.endsWith("[]") || !withoutModifiers(outerType).equals(innerType)) continue;
      List<Object> out = new ArrayList<>(items.subList(0, i));
      out.add("array");
      out.add(b);
      out.addAll(items.subList(i + 1, items.size()));
      return out;
    }
    return items;
  }

  /**
   * Built-in functions whose every overload takes text as the first argument (pg_proc), so a string
   * literal there is text whether or not the cast is written: {@code current_setting('x'::text)}.
   */
  private static final Set<String> TEXT_FIRST = Set.of("current_setting", "date_trunc", "set_config");

  private static List<Object> textArguments(List<Object> in) {
    List<Object> items = new ArrayList<>(in);
    for (int i = 0; i + 1 < items.size(); i++) {
      if (!(items.get(i) instanceof String f) || !TEXT_FIRST.contains(f)
          || !(items.get(i + 1) instanceof PostgresExpressionTree.Group g) || !g.paren() || i > 0 && "::".equals(items.get(i - 1))) {
        continue;
      }
      List<Object> args = g.items();
      if (args.size() >= 3 && isLiteral(args.get(0)) && ((String) args.get(0)).startsWith("'") && "::".equals(args.get(1))
          && "text".equals(args.get(2)) && (args.size() == 3 || ",".equals(args.get(3)))) {
        List<Object> kept = new ArrayList<>(args);
        kept.subList(1, 3).clear();
        items.set(i + 1, g.with(kept));
      }
    }
    return items;
  }

  private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");
  private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/");

  /**
   * {@code n op i::numeric} with n a numeric column and i an integer column: the cast is the implicit one
   * the server adds (numeric op numeric has the most exact matches, typeconv-oper step 3c); the same for
   * double precision.
   */
  private static List<Object> columnCasts(List<Object> in, Map<String, String> columns) {
    List<Object> items = new ArrayList<>(in);
    for (int i = 1; i + 3 < items.size(); i++) {
      String op = String.valueOf(items.get(i));
      if (!ARITHMETIC.contains(op) && !COMPARE.contains(op)) continue;
      String left = columnType(items.get(i - 1), columns);
      String right = columnType(items.get(i + 1), columns);
      if (left == null || right == null || !leftEdge(items, i - 1) || !"::".equals(items.get(i + 2))) continue;
      int end = PostgresExpressionTree.typeEnd(items, i + 3);
      if (end < 0 || end < items.size() && !rightEdge(items.get(end))) continue;
      String cast = PostgresText.type(castType(items, i + 2, end));
      String base = withoutModifiers(left);
      if (NUMERIC_TYPES.contains(base) && cast.equals(base) && INTEGERS.contains(withoutModifiers(right))) {
        items.subList(i + 2, end).clear();
      }
    }
    return items;
  }

  /**
   * {@code (a || b) || c} is {@code a || b || c}: operators outside the named classes share one precedence
   * and associate to the left (sql-syntax-lexical.html#SQL-PRECEDENCE), so parentheses around the leftmost
   * operand go when they hold only such operators or tighter ones.
   */
  private static List<Object> leftAssociative(List<Object> in) {
    List<Object> items = new ArrayList<>(in);
    for (int i = 0; i + 1 < items.size(); i++) {
      if (!(items.get(i) instanceof PostgresExpressionTree.Group g) || !g.paren() || !otherOperator(items.get(i + 1))
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
    for (int i = 1; i + 4 < items.size() + 1 && i + 3 < items.size(); i++) {
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

  private static List<Object> literalCasts(List<Object> in, Map<String, String> columns) {
    List<Object> items = new ArrayList<>(in);
    for (int i = 1; i < items.size(); i++) {
      Object op = items.get(i);
      if (!(op instanceof String s) || !(COMPARE.contains(s) || TEXT_OPS.contains(s))) continue;
      // column op literal::type
      String left = columnType(items.get(i - 1), columns);
      if (left != null && leftEdge(items, i - 1) && i + 3 < items.size() + 0 + 1) {
        int end = castEnd(items, i + 1);
        if (end > 0 && (end == items.size() || rightEdge(items.get(end)))
            && strippable(items.get(i + 1), castType(items, i + 2, end), left, s)) {
          items.subList(i + 2, end).clear();
          continue;
        }
      }
      // literal::type op column
      int start = castStart(items, i);
      if (start >= 0 && leftEdge(items, start) && i + 1 < items.size()) {
        String right = null;
        int end = i + 2;
        if (i + 2 < items.size() && "::".equals(items.get(i + 2))) {
          end = PostgresExpressionTree.typeEnd(items, i + 3);
          if (end > 0) right = PostgresText.type(castType(items, i + 2, end));
        } else {
          right = columnType(items.get(i + 1), columns);
        }
        Object after = end > 0 && end < items.size() ? items.get(end) : null;
        if (right != null && (after == null || rightEdge(after) || after.equals(s) && s.equals("||"))
            && strippable(items.get(start), castType(items, start + 1, i), right, s)) {
          items.subList(start + 1, i).clear();
          i = start + 1;
        }
      }
    }
    arrayCasts(items, columns);
    return items;
  }

  /** {@code x = any (array['a'::t, …])} with x of type t: the element casts are the server's. */
  private static void arrayCasts(List<Object> items, Map<String, String> columns) {
    for (int i = 1; i + 2 < items.size(); i++) {
      if (!COMPARE.contains(String.valueOf(items.get(i))) || !("any".equals(items.get(i + 1))
          || "all".equals(items.get(i + 1)))) {
        continue;
      }
      String type = columnType(items.get(i - 1), columns);
      if (type == null || !leftEdge(items, i - 1) || !(items.get(i + 2) instanceof PostgresExpressionTree.Group g)
          || g.items().size() != 2 || !"array".equals(g.items().get(0))
          || !(g.items().get(1) instanceof PostgresExpressionTree.Group elems)) {
        continue;
      }
      List<Object> kept = new ArrayList<>();
      List<Object> e = elems.items();
      int j = 0;
      while (j < e.size()) {
        int end = castEnd(e, j);
        if (end > 0 && (end == e.size() || ",".equals(e.get(end))) && strippable(e.get(j), castType(e, j + 1, end), type, "=")) {
          kept.add(e.get(j));
          j = end;
        } else {
          kept.add(e.get(j));
          j++;
        }
      }
      List<Object> array = List.of("array", elems.with(kept));
      items.set(i + 2, g.with(array));
    }
  }

  private static boolean strippable(Object literal, String castType, String operandType0, String op) {
    // jsonb ->/->> take text or integer; an unknown literal prefers the string category (typeconv-oper 3e).
    if ((op.equals("->") || op.equals("->>")) && ("jsonb".equals(operandType0) || "json".equals(operandType0))) {
      return "text".equals(castType) && literal instanceof String s && s.startsWith("'");
    }
    // Operators and casts take types without modifiers: a numeric(12,2) column compares with (0)::numeric.
    String operandType = withoutModifiers(operandType0);
    if (castType == null || !PostgresText.type(castType).equals(operandType)) return false;
    if (literal instanceof String s && s.startsWith("'")) return COMPARE.contains(op) || TEXT_OPS.contains(op) && !op.startsWith("-")
        && operandType.equals("text");
    return literal instanceof String s && s.matches("[0-9]+(\\.[0-9]+)?") && NUMERIC_TYPES.contains(operandType)
        && COMPARE.contains(op);
  }

  static String withoutModifiers(String type) {
    return type.indexOf('"') >= 0 ? type : type.replaceAll("\\([0-9, ]*\\)", "");
  }

  /** For a literal at {@code at} followed by {@code ::type}: the index just past the type, else -1. */
  private static int castEnd(List<Object> items, int at) {
    if (at + 2 >= items.size() + 1 || !isLiteral(items.get(at)) || at + 1 >= items.size() || !"::".equals(items.get(at + 1))) {
      return -1;
    }
    return PostgresExpressionTree.typeEnd(items, at + 2);
  }

  /** For {@code literal::type} ending just before {@code op}: the literal's index, else -1. */
  private static int castStart(List<Object> items, int op) {
    for (int j = op - 2; j >= 0; j--) {
      if ("::".equals(items.get(j))) {
        return j >= 1 && isLiteral(items.get(j - 1)) && PostgresExpressionTree.typeEnd(items, j + 1) == op ? j - 1 : -1;
      }
    }
    return -1;
  }

  private static String castType(List<Object> items, int from, int to) {
    if (from >= to || !"::".equals(items.get(from))) return null;
    return PostgresExpressionTree.render(items.subList(from + 1, to));
  }

  private static String columnType(Object o, Map<String, String> columns) {
    return o instanceof String s && isIdentifier(s) ? columns.get(s) : null;
  }

  private static boolean leftEdge(List<Object> items, int at) {
    return at == 0 || items.get(at - 1) instanceof String s && LEFT_EDGE.contains(s);
  }

  private static boolean rightEdge(Object o) {
    return o instanceof String s && RIGHT_EDGE.contains(s);
  }

  private static boolean isWord(Object o) {
    return o instanceof String s && !s.isEmpty() && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '_' || s.charAt(0) == '"');
  }

  private static boolean isIdentifier(Object o) {
    return isWord(o) && !PostgresExpressionTree.KEYWORDS.contains(o);
  }

  private static boolean isLiteral(Object o) {
    return o instanceof String s && (s.startsWith("'") || s.matches("[0-9]+(\\.[0-9]+)?"));
  }

  /** Parentheses around OR operands, and around AND operands without a top-level OR, go. */
  private static List<Object> logical(List<Object> items) {
    if (items.contains("between")) return items;
    List<List<Object>> ors = split(items, "or");
    List<Object> out = new ArrayList<>();
    for (int k = 0; k < ors.size(); k++) {
      if (k > 0) out.add("or");
      List<Object> operand = ors.get(k);
      if (ors.size() > 1 && operand.size() == 1 && operand.get(0) instanceof PostgresExpressionTree.Group g && g.paren()) {
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
      if (operand.size() == 1 && operand.get(0) instanceof PostgresExpressionTree.Group g && g.paren()
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
