package dev.slipway.introspect.postgres;

import dev.slipway.model.postgres.PostgresScanner;
import java.util.ArrayList;
import java.util.List;

/** Small helpers over the server's canonical SQL text. */
final class PostgresText {
  private PostgresText() {}

  /**
   * Splits a comma-separated list at its top level, ignoring commas inside parentheses, brackets, and
   * whatever {@link PostgresScanner} reads as quoted or comment; pieces are trimmed.
   */
  static List<String> splitTopLevel(String text) {
    List<String> out = new ArrayList<>();
    int brackets = 0;
    int start = 0;
    PostgresScanner scanner = new PostgresScanner(text);
    while (scanner.hasNext()) {
      PostgresScanner.Token t = scanner.next();
      if (t.isPunctuation(text, '[')) {
        brackets++;
      } else if (t.isPunctuation(text, ']')) {
        brackets--;
      } else if (t.isPunctuation(text, ',') && t.depth() + brackets == 0) {
        out.add(text.substring(start, t.start()).trim());
        start = t.end();
      }
    }
    String last = text.substring(start).trim();
    if (!last.isEmpty() || !out.isEmpty()) out.add(last);
    return out;
  }
}
