package dev.slipway.introspect.postgres;

import java.util.ArrayList;
import java.util.List;

/** Small helpers over the server's canonical SQL text. */
final class PostgresText {
  private PostgresText() {}

  /**
   * Splits a comma-separated list at its top level, ignoring commas inside parentheses, brackets,
   * string literals and quoted identifiers; pieces are trimmed.
   */
  static List<String> splitTopLevel(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          if (i + 1 < text.length() && text.charAt(i + 1) == quote) i++; // doubled quote
          else quote = 0;
        }
      } else if (ch == '\'' || ch == '"') {
        quote = ch;
      } else if (ch == '(' || ch == '[') {
        depth++;
      } else if (ch == ')' || ch == ']') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        out.add(text.substring(start, i).trim());
        start = i + 1;
      }
    }
    String last = text.substring(start).trim();
    if (!last.isEmpty() || !out.isEmpty()) out.add(last);
    return out;
  }
}
