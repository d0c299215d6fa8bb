package dev.slipway.differ.postgres;

import dev.slipway.model.postgres.PostgresScanner;
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

  /** Comments count as whitespace, as the server reads them (sql-syntax-lexical.html#SQL-SYNTAX-COMMENTS). */
  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    PostgresScanner scanner = new PostgresScanner(s);
    while (scanner.hasNext()) {
      PostgresScanner.Token t = scanner.next();
      if (t.isBlank()) {
        space = true;
        continue;
      }
      int i = t.start();
      // A string's prefix letter (E'…') folds like any letter; what is quoted stays as written.
      int folded = !t.isQuoted() ? t.end() : Character.isLetter(s.charAt(i)) ? i + 1 : i;
      if (space && b.length() > 0 && (folded == i || !tight(b.charAt(b.length() - 1), s.charAt(i)))) b.append(' ');
      for (int j = i; j < folded; j++) b.append(Character.toLowerCase(s.charAt(j)));
      b.append(s, folded, t.end());
      space = false;
    }
    return b.toString();
  }

  /** Whitespace right inside parentheses and around commas carries no meaning. */
  private static boolean tight(char before, char ch) {
    return before == '(' || before == ',' || ch == ')' || ch == ',';
  }

  /** True when the first '(' closes at the very end, outside quotes. */
  private static boolean wrapped(String t) {
    if (t.length() < 2 || t.charAt(0) != '(' || t.charAt(t.length() - 1) != ')') return false;
    PostgresScanner scanner = new PostgresScanner(t);
    while (scanner.hasNext()) {
      PostgresScanner.Token token = scanner.next();
      if (token.isPunctuation(t, ')') && token.depth() == 0 && token.end() < t.length()) return false;
    }
    return scanner.depth() == 0;
  }
}
