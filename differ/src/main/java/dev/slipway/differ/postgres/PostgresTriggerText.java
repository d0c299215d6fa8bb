package dev.slipway.differ.postgres;

import java.util.Map;

/**
 * A trigger definition with its {@code WHEN} condition in canonical expression form: pg_get_triggerdef
 * prints the rest of the statement in one fixed spelling, but the condition the way the deparser prints
 * expressions (an extra pair of parentheses, keywords folded: postgresql.org/docs/current/sql-createtrigger.html).
 */
final class PostgresTriggerText {
  private PostgresTriggerText() {}

  static String canonical(String definition) {
    int when = definition.indexOf(" WHEN (");
    if (when < 0) return definition;
    int open = when + " WHEN ".length();
    int close = matching(definition, open);
    if (close < 0) return definition;
    String condition = PostgresExpressionCanon.canonical(definition.substring(open + 1, close), Map.of());
    return definition.substring(0, open) + "(" + condition + ")" + definition.substring(close + 1);
  }

  private static int matching(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\'' || ch == '"') {
        int j = s.indexOf(ch, i + 1);
        while (j > 0 && j + 1 < s.length() && s.charAt(j + 1) == ch) j = s.indexOf(ch, j + 2);
        if (j < 0) return -1;
        i = j;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
