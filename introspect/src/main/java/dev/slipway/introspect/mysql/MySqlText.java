package dev.slipway.introspect.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers for what information_schema returns: quoting, unescaping, qualifier removal. */
final class MySqlText {
  private MySqlText() {}

  /** {@code null} for null or empty text. */
  static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** {@code `name`}, with backticks doubled. */
  static String ident(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** A string literal as MariaDB prints defaults: quotes doubled, backslashes escaped. */
  static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /**
   * MySQL 8's information_schema shows expression text (expression defaults, generation expressions,
   * functional key parts, check clauses) with string quotes escaped as {@code \'} where {@code SHOW CREATE
   * TABLE} prints {@code '}; undo that escaping so the text is what the server would accept back.
   */
  static String unescape(String s) {
    if (s == null || s.indexOf('\\') < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '\\')) {
        out.append(s.charAt(++i));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * The character set a collation belongs to: every MySQL and MariaDB collation name starts with its
   * character set's name and an underscore, except {@code binary}
   * (dev.mysql.com/doc/refman/8.0/en/charset-collation-names.html).
   */
  static String charsetOf(String collation) {
    if (collation == null) return null;
    int u = collation.indexOf('_');
    return u < 0 ? collation : collation.substring(0, u);
  }

  /** Lower-cases a column type outside its quoted parts, so enum and set values keep their case. */
  static String lowerType(String type) {
    StringBuilder out = new StringBuilder(type.length());
    boolean quoted = false;
    for (int i = 0; i < type.length(); i++) {
      char ch = type.charAt(i);
      if (ch == '\'') quoted = !quoted;
      out.append(quoted ? ch : Character.toLowerCase(ch));
    }
    return out.toString();
  }

  /**
   * Removes {@code `db`.} qualifiers naming {@code database} from server-printed SQL (view definitions),
   * leaving string literals and other qualifiers alone: statements run in the managed database, and a
   * scratch dev database has another name.
   */
  static String withoutQualifier(String sql, String database) {
    String qualifier = ident(database) + ".";
    if (!sql.contains(qualifier)) return sql;
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char ch = sql.charAt(i);
      if (ch == '\'' || ch == '"') {
        int end = skipQuoted(sql, i, ch);
        out.append(sql, i, end);
        i = end;
      } else if (ch == '`') {
        if (sql.startsWith(qualifier, i) && (out.length() == 0 || out.charAt(out.length() - 1) != '.')) {
          i += qualifier.length(); // the name after it is copied next, even if it equals the database's
          if (i >= n || sql.charAt(i) != '`') continue;
        }
        int end = skipQuoted(sql, i, '`');
        out.append(sql, i, end);
        i = end;
      } else {
        out.append(ch);
        i++;
      }
    }
    return out.toString();
  }

  private static int skipQuoted(String s, int i, char quote) {
    int n = s.length();
    i++;
    while (i < n) {
      char ch = s.charAt(i);
      if (ch == '\\' && quote != '`') {
        i += 2;
      } else if (ch == quote) {
        if (i + 1 < n && s.charAt(i + 1) == quote) i += 2;
        else return i + 1;
      } else {
        i++;
      }
    }
    return n;
  }

  /** Splits {@code a,b(c,d),'e,f'} at top-level commas. */
  static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\'' || ch == '"' || ch == '`') {
        i = skipQuoted(s, i, ch) - 1;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        out.add(s.substring(start, i).strip());
        start = i + 1;
      }
    }
    if (!s.substring(start).isBlank()) out.add(s.substring(start).strip());
    return out;
  }

  /** {@code name} for {@code `name`} alone; anything else unchanged. */
  static String unquoteIdent(String s) {
    if (s.length() >= 2 && s.startsWith("`") && s.endsWith("`")) {
      String inner = s.substring(1, s.length() - 1);
      if (!inner.replace("``", "").contains("`")) return inner.replace("``", "`");
    }
    return s;
  }

  static String upper(String s) {
    return s == null ? "" : s.toUpperCase(Locale.ROOT);
  }
}
