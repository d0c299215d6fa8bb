package dev.slipway.differ.postgres;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical spellings of PostgreSQL type names and expressions. Conservative: it only rewrites what cannot
 * change meaning (aliases of built-in types, case and whitespace outside quotes, parentheses around the
 * whole expression). Casts stay: {@code 'x'::text} and {@code 'x'::character varying} remain different.
 */
final class PostgresText {
  private PostgresText() {}

  /** Aliases from postgresql.org/docs/current/datatype.html#DATATYPE-TABLE (left: alias, right: canonical). */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
      Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
      Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
      Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
      Map.entry("char", "character"), Map.entry("character", "character"), Map.entry("bpchar", "bpchar"),
      Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
      Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
      Map.entry("float4", "real"), Map.entry("real", "real"),
      Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
      Map.entry("timestamptz", "timestamp with time zone"),
      Map.entry("timestamp with time zone", "timestamp with time zone"),
      Map.entry("timestamp", "timestamp without time zone"),
      Map.entry("timestamp without time zone", "timestamp without time zone"),
      Map.entry("timetz", "time with time zone"), Map.entry("time with time zone", "time with time zone"),
      Map.entry("time", "time without time zone"), Map.entry("time without time zone", "time without time zone"),
      Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"));

  /** base name, optional (modifiers), optional "with/without time zone" suffix, optional array brackets. */
  private static final Pattern TYPE = Pattern.compile(
      "([a-z][a-z0-9_ ]*?)\\s*(\\(\\s*[0-9 ,]+\\s*\\))?\\s*((?:with|without) time zone)?\\s*((?:\\[\\s*[0-9]*\\s*\\])*)");

  /** The canonical spelling of a type, e.g. {@code int4} → {@code integer}, {@code timestamptz(3)} →
   * {@code timestamp(3) with time zone}; types it does not know (user types, quoted names) pass with only
   * whitespace tidied. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NO_SPACE = Pattern.compile("\\s");
  private static final Pattern ARRAY_SIZE = Pattern.compile("\\[[0-9]+\\]");
  private static final Map<String, String> TYPE_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  static String type(String text) {
    String cached = TYPE_CACHE.get(text);
    if (cached != null) return cached;
    String t = typeUncached(text);
    if (TYPE_CACHE.size() < 10_000) TYPE_CACHE.put(text, t);
    return t;
  }

  private static String typeUncached(String text) {
    String t = SPACES.matcher(text.strip()).replaceAll(" ");
    if (t.indexOf('"') >= 0 || t.indexOf('.') >= 0) return t; // user-defined or qualified: leave as read
    String lower = t.toLowerCase(Locale.ROOT);
    Matcher m = TYPE.matcher(lower);
    if (!m.matches()) return t;
    String base = m.group(1).strip();
    String mods = m.group(2) == null ? "" : NO_SPACE.matcher(m.group(2)).replaceAll("");
    String zone = m.group(3);
    String array = m.group(4) == null ? "" : ARRAY_SIZE.matcher(NO_SPACE.matcher(m.group(4)).replaceAll("")).replaceAll("[]");
    if (zone != null) base = base + " " + zone;
    if (base.equals("float")) {
      // float(p): p ≤ 24 is real, otherwise double precision; bare float is double precision.
      int p = mods.isEmpty() ? 53 : Integer.parseInt(mods.substring(1, mods.length() - 1).strip());
      return (p <= 24 ? "real" : "double precision") + array;
    }
    String canonical = ALIASES.get(base);
    if (canonical == null) return t;
    if (canonical.equals("character") && mods.isEmpty()) mods = "(1)";
    if (canonical.equals("numeric") && mods.indexOf(',') < 0 && !mods.isEmpty()) {
      mods = "(" + mods.substring(1, mods.length() - 1) + ",0)"; // numeric(p) is numeric(p,0)
    }
    int zoneAt = canonical.indexOf(" with");
    if (zoneAt < 0) zoneAt = canonical.indexOf(" without");
    if (zoneAt > 0 && !mods.isEmpty()) {
      return canonical.substring(0, zoneAt) + mods + canonical.substring(zoneAt) + array;
    }
    return canonical + mods + array;
  }

  /**
   * Canonical expression text: outside quotes whitespace collapses and letters fold to lower case
   * (unquoted identifiers and keywords fold anyway); parentheses wrapping the whole expression go.
   */
  static String expression(String text) {
    String t = fold(text.strip());
    while (wrapped(t)) t = t.substring(1, t.length() - 1).strip();
    return t;
  }

  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    boolean space = false;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch == '\'' || ch == '"') {
        int end = closing(s, i, ch);
        if (space && b.length() > 0) b.append(' ');
        space = false;
        b.append(s, i, end);
        i = end;
      } else if (ch == '$' && dollarTag(s, i) != null) {
        String tag = dollarTag(s, i);
        int close = s.indexOf(tag, i + tag.length());
        int end = close < 0 ? s.length() : close + tag.length();
        if (space && b.length() > 0) b.append(' ');
        space = false;
        b.append(s, i, end);
        i = end;
      } else if (Character.isWhitespace(ch)) {
        space = true;
        i++;
      } else {
        if (space && b.length() > 0 && !tight(b.charAt(b.length() - 1), ch)) b.append(' ');
        space = false;
        b.append(Character.toLowerCase(ch));
        i++;
      }
    }
    return b.toString();
  }

  /** Whitespace right inside parentheses and around commas carries no meaning. */
  private static boolean tight(char before, char ch) {
    return before == '(' || before == ',' || ch == ')' || ch == ',';
  }

  private static int closing(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length()) {
      if (s.charAt(i) == quote) {
        if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return s.length();
  }

  private static String dollarTag(String s, int i) {
    int j = i + 1;
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
    if (j < s.length() && s.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(s.charAt(i + 1)))) {
      return s.substring(i, j + 1);
    }
    return null;
  }

  /** True when the first '(' closes at the very end, outside quotes. */
  private static boolean wrapped(String t) {
    if (t.length() < 2 || t.charAt(0) != '(' || t.charAt(t.length() - 1) != ')') return false;
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '\'' || ch == '"') {
        i = closing(t, i, ch) - 1;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
        if (depth == 0 && i < t.length() - 1) return false;
      }
    }
    return depth == 0;
  }
}
