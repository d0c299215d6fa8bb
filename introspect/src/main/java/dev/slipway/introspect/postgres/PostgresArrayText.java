package dev.slipway.introspect.postgres;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the text form of a one-dimensional PostgreSQL array as {@code array_out} prints it: {@code {a,"b c",NULL}}.
 * An element is double-quoted when it is empty, is {@code NULL} in any case, or holds a quote, backslash,
 * brace, comma or white space; inside quotes {@code "} and {@code \} are backslash-escaped; an unquoted
 * {@code NULL} is the null element. A lower bound other than 1 is printed as a {@code [0:2]=} prefix,
 * which is skipped. postgresql.org/docs/current/arrays.html#ARRAYS-IO
 *
 * <p>The catalog reader gets tens of thousands of small name arrays at 10,000 tables; the JDBC driver's
 * {@code getArray} builds each through a generic decoder that cost a tenth of the client's read time.
 */
final class PostgresArrayText {
  private PostgresArrayText() {}

  /** The elements of {@code text}, or null when it is not a one-dimensional array literal. */
  static List<String> parse(String text) {
    int i = 0;
    int n = text.length();
    if (n > 0 && text.charAt(0) == '[') { // [lower:upper]= prefix
      i = text.indexOf('=');
      if (i < 0) return null;
      i++;
    }
    if (i >= n || text.charAt(i) != '{' || text.charAt(n - 1) != '}') return null;
    i++;
    List<String> out = new ArrayList<>();
    if (i == n - 1) return out; // {}
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= n) return null;
      char c = text.charAt(i);
      if (c == '{') return null; // more than one dimension
      if (c == '"') {
        b.setLength(0);
        i++;
        while (true) {
          if (i >= n) return null;
          char q = text.charAt(i++);
          if (q == '"') break;
          if (q == '\\') {
            if (i >= n) return null;
            q = text.charAt(i++);
          }
          b.append(q);
        }
        out.add(b.toString());
      } else {
        int start = i;
        while (i < n && text.charAt(i) != ',' && text.charAt(i) != '}') {
          if (text.charAt(i) == '"' || text.charAt(i) == '\\' || text.charAt(i) == '{') return null;
          i++;
        }
        String token = text.substring(start, i);
        out.add(token.equalsIgnoreCase("NULL") ? null : token);
      }
      if (i >= n) return null;
      char sep = text.charAt(i++);
      if (sep == '}') return i == n ? out : null;
      if (sep != ',') return null;
    }
  }
}
