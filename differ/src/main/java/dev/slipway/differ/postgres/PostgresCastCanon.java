package dev.slipway.differ.postgres;

import static dev.slipway.differ.postgres.PostgresExpressionCanon.COMPARE;
import static dev.slipway.differ.postgres.PostgresExpressionCanon.NUMERIC_TYPES;
import static dev.slipway.differ.postgres.PostgresExpressionCanon.TEXT_OPS;
import static dev.slipway.differ.postgres.PostgresExpressionCanon.columnType;
import static dev.slipway.differ.postgres.PostgresExpressionCanon.isLiteral;
import static dev.slipway.differ.postgres.PostgresExpressionCanon.leftEdge;
import static dev.slipway.differ.postgres.PostgresExpressionCanon.rightEdge;
import static dev.slipway.differ.postgres.PostgresExpressionCanon.withoutModifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cast rewrites of {@link PostgresExpressionCanon}: casts the server adds while resolving operators and
 * functions, spelled out by its deparser, that the same expression written by hand leaves implicit.
 */
final class PostgresCastCanon {
  private PostgresCastCanon() {}

  /** The type after {@code ::} in its canonical spelling ({@code ::varchar(3)} → {@code ::character varying(3)}). */
  static List<Object> castTypes(List<Object> in) {
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

  /**
   * {@code (array[…]::t[])::t(n)[]} → {@code array[…]::t(n)[]}: for a cast to an array type with a modifier
   * the parser builds the array over the unmodified element type and casts the result (transformArrayExpr);
   * the deparser prints both steps.
   */
  static List<Object> arrayTypmod(List<Object> in) {
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

  static List<Object> textArguments(List<Object> in) {
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
  static List<Object> columnCasts(List<Object> in, Map<String, String> columns) {
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

  static List<Object> literalCasts(List<Object> in, Map<String, String> columns) {
    List<Object> items = new ArrayList<>(in);
    for (int i = 1; i < items.size(); i++) {
      Object op = items.get(i);
      if (!(op instanceof String s) || !(COMPARE.contains(s) || TEXT_OPS.contains(s))) continue;
      // column op literal::type
      String left = columnType(items.get(i - 1), columns);
      if (left != null && leftEdge(items, i - 1)) {
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
    return literal instanceof String s && PostgresExpressionCanon.isNumber(s) && NUMERIC_TYPES.contains(operandType)
        && COMPARE.contains(op);
  }

  /** For a literal at {@code at} followed by {@code ::type}: the index just past the type, else -1. */
  private static int castEnd(List<Object> items, int at) {
    if (at + 1 >= items.size() || !isLiteral(items.get(at)) || !"::".equals(items.get(at + 1))) {
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
}
