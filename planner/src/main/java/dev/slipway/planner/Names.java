package dev.slipway.planner;

import java.util.List;

/**
 * Reads a possibly quoted, possibly schema-qualified name as the SQL text spells it (type names in column
 * definitions, relation names in expressions). One reader for the planner and its dialect renderers.
 */
public final class Names {
  private Names() {}

  /** Splits {@code a."B.c"} into its unquoted parts; folds unquoted parts to lower case as PostgreSQL does. */
  public static List<String> split(String text) {
    java.util.ArrayList<String> parts = new java.util.ArrayList<>();
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
    parts.removeIf(String::isEmpty);
    return parts;
  }
}
