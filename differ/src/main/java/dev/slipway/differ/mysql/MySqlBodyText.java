package dev.slipway.differ.mysql;

/**
 * Comparison form of view queries, trigger and routine definitions: whitespace runs outside quotes become one
 * space, trailing semicolons go. Case and quoting are kept: table names are case-sensitive on most Linux
 * servers (lower_case_table_names=0: dev.mysql.com/doc/refman/8.0/en/identifier-case-sensitivity.html), and
 * a body's string literals are data. Returns the same instance when nothing changes.
 */
final class MySqlBodyText {
  private MySqlBodyText() {}

  static String canonical(String text) {
    StringBuilder b = new StringBuilder(text.length());
    char quote = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quote != 0) {
        b.append(ch);
        if (ch == '\\' && quote != '`' && i + 1 < text.length()) b.append(text.charAt(++i));
        else if (ch == quote) quote = 0;
      } else if (Character.isWhitespace(ch)) {
        space = true;
      } else {
        if (space && b.length() > 0) b.append(' ');
        space = false;
        if (ch == '\'' || ch == '"' || ch == '`') quote = ch;
        b.append(ch);
      }
    }
    int end = b.length();
    while (end > 0 && (b.charAt(end - 1) == ';' || b.charAt(end - 1) == ' ')) end--;
    b.setLength(end);
    String out = b.toString();
    return out.equals(text) ? text : out;
  }
}
