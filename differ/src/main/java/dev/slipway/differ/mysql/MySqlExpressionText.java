package dev.slipway.differ.mysql;

import dev.slipway.model.mysql.MySqlTypeText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparison forms of MySQL/MariaDB expression text: checks, generation expressions, functional index keys,
 * defaults. Outside string literals: backticks around plain identifiers dropped, lower case (column and
 * function names are case-insensitive in MySQL: dev.mysql.com/doc/refman/8.0/en/identifier-case-sensitivity.html),
 * whitespace removed around punctuation, one pair of parentheses around the whole expression dropped
 * (MySQL's CHECK_CLAUSE has them, GENERATION_EXPRESSION does not), charset introducers ({@code _utf8mb4'x'},
 * printed by MySQL 8 in CHECK_CLAUSE) dropped, and MariaDB's {@code lcase}/{@code ucase} read as
 * {@code lower}/{@code upper} (MariaDB prints its own synonyms: mariadb.com/kb/en/lcase/). String literals are
 * kept as written apart from quoting. A comparison form only: plans print the original text.
 */
final class MySqlExpressionText {
  private MySqlExpressionText() {}

  private static final Pattern CURRENT_TIMESTAMP = Pattern.compile(
      "(?:current_timestamp|now|localtime|localtimestamp)(?:\\(\\s*(\\d*)\\s*\\))?");
  private static final Pattern INTRODUCER = Pattern.compile("_(?:utf8mb4|utf8mb3|utf8|latin1|binary|ascii)(?=')");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?");

  /** The comparison form of an expression. */
  static String canonical(String text) {
    String t = INTRODUCER.matcher(tokens(text)).replaceAll("");
    t = t.replace("lcase(", "lower(").replace("ucase(", "upper(");
    t = timestamps(t);
    while (t.length() > 1 && t.charAt(0) == '(' && closing(t) == t.length() - 1) t = t.substring(1, t.length() - 1);
    return t;
  }

  /**
   * The comparison form of a column default, given the column's canonical type: {@code NULL} is no default,
   * every CURRENT_TIMESTAMP spelling is {@code current_timestamp()} ({@code (6)} kept), a quoted number on a
   * numeric column is the number ({@code '1'} = {@code 1}, {@code 1.5} = {@code 1.50} on {@code decimal(10,2)}:
   * the server stores the value, not the text), {@code TRUE}/{@code FALSE} are 1/0, strings single-quoted.
   */
  static String columnDefault(String text, String type) {
    String t = text.strip();
    if (t.equalsIgnoreCase("null")) return null;
    MySqlTypeText.Parsed p = MySqlTypeText.parse(type);
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      return p != null && p.isNumeric() ? (lower.equals("true") ? "1" : "0") : lower;
    }
    if (p != null && p.isNumeric()) {
      String n = isQuoted(t) ? MySqlTypeText.unquote(t).strip() : t;
      if (NUMBER.matcher(n).matches()) return number(n, p);
    }
    if (isQuoted(t)) return "'" + MySqlTypeText.unquote(t).replace("'", "''") + "'";
    Matcher m = CURRENT_TIMESTAMP.matcher(lower);
    if (m.matches()) return stamp(m.group(1));
    return canonical(t);
  }

  private static String number(String n, MySqlTypeText.Parsed p) {
    BigDecimal v;
    try {
      v = new BigDecimal(n);
    } catch (NumberFormatException e) {
      return n;
    }
    if (p.base().equals("decimal") && p.args().size() == 2) {
      try {
        int scale = Integer.parseInt(p.args().get(1));
        if (v.scale() <= scale) return v.setScale(scale).toPlainString();
      } catch (NumberFormatException e) {
        return v.toPlainString();
      }
    }
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static boolean isQuoted(String t) {
    return t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '"') && t.charAt(t.length() - 1) == t.charAt(0);
  }

  private static String stamp(String precision) {
    return precision == null || precision.isEmpty() || precision.equals("0") ? "current_timestamp()"
        : "current_timestamp(" + precision + ")";
  }

  /** CURRENT_TIMESTAMP spellings inside a longer expression, e.g. an ON UPDATE clause. */
  private static String timestamps(String t) {
    if (!t.contains("current_timestamp") && !t.contains("now") && !t.contains("localtime")) return t;
    Matcher m = Pattern.compile("(?<![a-z0-9_$'])" + CURRENT_TIMESTAMP.pattern() + "(?![a-z0-9_$])").matcher(t);
    StringBuilder b = new StringBuilder();
    while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(stamp(m.group(1))));
    m.appendTail(b);
    return b.toString();
  }

  /** Lower case and backticks dropped outside literals, no whitespace next to punctuation, one space elsewhere. */
  private static String tokens(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\'' || ch == '"') {
        int end = literalEnd(s, i);
        if (space && needsSpace(b)) b.append(' ');
        space = false;
        String lit = s.substring(i, end + 1);
        b.append('\'').append(MySqlTypeText.unquote(lit).replace("'", "''")).append('\'');
        i = end;
      } else if (ch == '`') {
        int end = s.indexOf('`', i + 1);
        while (end > 0 && end + 1 < s.length() && s.charAt(end + 1) == '`') end = s.indexOf('`', end + 2);
        if (end < 0) end = s.length() - 1;
        if (space && needsSpace(b)) b.append(' ');
        space = false;
        String name = s.substring(i + 1, end).replace("``", "`");
        b.append(name.matches("[A-Za-z0-9_$]+") ? name.toLowerCase(Locale.ROOT) : "`" + name.replace("`", "``") + "`");
        i = end;
      } else if (Character.isWhitespace(ch)) {
        space = true;
      } else {
        boolean punct = "(),+-*/%<>=!|&^~.;".indexOf(ch) >= 0;
        if (space && !punct && needsSpace(b)) b.append(' ');
        space = false;
        b.append(Character.toLowerCase(ch));
      }
    }
    return b.toString();
  }

  private static boolean needsSpace(StringBuilder b) {
    if (b.length() == 0) return false;
    return "(),+-*/%<>=!|&^~.;".indexOf(b.charAt(b.length() - 1)) < 0;
  }

  private static int literalEnd(String s, int start) {
    char q = s.charAt(start);
    for (int i = start + 1; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == q) {
        if (i + 1 < s.length() && s.charAt(i + 1) == q) i++;
        else return i;
      }
    }
    return s.length() - 1;
  }

  /** Index of the parenthesis closing the one at 0, outside literals; -1 if none. */
  private static int closing(String t) {
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '\'') {
        i = literalEnd(t, i);
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
