package dev.slipway.planner.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a possibly quoted, possibly qualified name as PostgreSQL reads it: unquoted parts fold to lower case. */
final class PostgresTypeNames {
  private PostgresTypeNames() {}

  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == '.') {
        parts.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(Character.toLowerCase(ch));
      }
    }
    parts.add(cur.toString());
    return parts;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
