package dev.slipway.differ.postgres;

import dev.slipway.model.postgres.PostgresScanner;
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

  /** The offset of the parenthesis closing the one at {@code open}, or -1 (unbalanced, or an open quote). */
  private static int matching(String s, int open) {
    PostgresScanner scanner = new PostgresScanner(s, open);
    while (scanner.hasNext()) {
      PostgresScanner.Token t = scanner.next();
      if (!t.terminated()) return -1;
      if (t.isPunctuation(s, ')') && t.depth() == 0) return t.start();
    }
    return -1;
  }
}
