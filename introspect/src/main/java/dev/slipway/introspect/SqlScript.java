package dev.slipway.introspect;

import dev.slipway.model.Dialect;
import dev.slipway.model.postgres.PostgresScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an SQL script into statements the way psql does, so each can be sent alone and a server error
 * position can be mapped back to the file: semicolons inside string literals ({@code '…'},
 * {@code E'…'}), quoted identifiers, dollar quotes ({@code $tag$…$tag$}), comments ({@code --},
 * nested {@code /* *}{@code /}) and SQL-standard {@code BEGIN ATOMIC … END} bodies do not end a statement.
 * Lines starting with a backslash are psql meta-commands (pg_dump writes {@code \restrict KEY}); they are
 * blanked out, keeping every other character at its offset. {@link #split(String, Dialect)} with
 * {@link Dialect#MYSQL} follows the mysql client instead (see {@link #splitMySql}).
 */
public final class SqlScript {
  /** One statement and where it starts in the script (0-based character offset). */
  public record Statement(String sql, int offset) {}

  private SqlScript() {}

  /** The script with psql meta-command lines replaced by spaces of the same length. */
  public static String withoutMetaCommands(String text) {
    StringBuilder out = new StringBuilder(text);
    int lineStart = 0;
    while (lineStart < out.length()) {
      int end = out.indexOf("\n", lineStart);
      if (end < 0) end = out.length();
      if (out.charAt(lineStart) == '\\') {
        for (int i = lineStart; i < end; i++) if (out.charAt(i) != '\r') out.setCharAt(i, ' ');
      }
      lineStart = end + 1;
    }
    return out.toString();
  }

  /** The non-empty statements of {@code text} by {@code dialect}'s rules, without their terminators. */
  public static List<Statement> split(String text, Dialect dialect) {
    return dialect == Dialect.MYSQL ? splitMySql(text) : split(text);
  }

  /** The non-empty statements of {@code text} by PostgreSQL's rules, without their terminating semicolons. */
  public static List<Statement> split(String text) {
    List<Statement> out = new ArrayList<>();
    int start = 0;
    int atomicDepth = 0;
    String previousWord = "";
    PostgresScanner scanner = new PostgresScanner(text);
    while (scanner.hasNext()) {
      PostgresScanner.Token t = scanner.next();
      if (t.kind() == PostgresScanner.Kind.WORD) {
        String word = scanner.text(t).toUpperCase(Locale.ROOT);
        if (word.equals("ATOMIC") && previousWord.equals("BEGIN")) atomicDepth++;
        else if (atomicDepth > 0 && word.equals("CASE")) atomicDepth++;
        else if (atomicDepth > 0 && word.equals("END")) atomicDepth--;
        previousWord = word;
      } else if (t.isPunctuation(text, ';') && atomicDepth == 0) {
        add(out, text, start, t.start());
        start = t.end();
        previousWord = "";
      }
    }
    add(out, text, start, text.length());
    return out;
  }

  private static int skipQuoted(String text, int i, char quote, boolean backslashEscapes) {
    int n = text.length();
    i++;
    while (i < n) {
      char ch = text.charAt(i);
      if (backslashEscapes && ch == '\\') {
        i += 2;
      } else if (ch == quote) {
        if (i + 1 < n && text.charAt(i + 1) == quote) i += 2;
        else return i + 1;
      } else {
        i++;
      }
    }
    return n;
  }

  private static boolean isWordChar(char ch) {
    return Character.isLetterOrDigit(ch) || ch == '_';
  }

  private static void add(List<Statement> out, String text, int start, int end) {
    String sql = text.substring(start, end);
    if (!onlyCommentsAndSpace(sql)) out.add(new Statement(sql, start));
  }

  /** Whitespace and complete comments only: an open comment swallows the rest, which the server should see. */
  private static boolean onlyCommentsAndSpace(String sql) {
    PostgresScanner scanner = new PostgresScanner(sql);
    while (scanner.hasNext()) {
      PostgresScanner.Token t = scanner.next();
      if (!t.isBlank() || !t.terminated()) return false;
    }
    return true;
  }

  /**
   * MySQL/MariaDB statements as the mysql client finds them (dev.mysql.com/doc/refman/8.0/en/mysql-commands.html):
   * {@code 'strings'} and {@code "strings"} with backslash escapes, {@code `identifiers`}, {@code #} and
   * {@code -- } comments (the dashes must be followed by a space or control character), non-nesting
   * {@code /* *}{@code /} comments, and {@code DELIMITER} lines, which are left out of the statements. With
   * the {@code ;} delimiter, a {@code CREATE TRIGGER|PROCEDURE|FUNCTION|EVENT} body's {@code BEGIN … END}
   * (and {@code CASE … END}) keeps its semicolons, as sqldef users write such bodies without a DELIMITER
   * change; {@code END IF}, {@code END LOOP}, {@code END WHILE} and {@code END REPEAT} close nothing counted.
   */
  static List<Statement> splitMySql(String text) {
    List<Statement> out = new ArrayList<>();
    String delimiter = ";";
    int start = 0;
    int depth = 0;
    int words = 0;
    boolean compound = false;
    boolean startsWithCreate = false;
    boolean code = false; // anything but whitespace and comments since start: a DELIMITER line is then not a command
    int i = 0;
    int n = text.length();
    while (i < n) {
      char ch = text.charAt(i);
      if (!code && (ch == 'D' || ch == 'd') && startsWithWord(text, i, "DELIMITER") && isLineStart(text, i)) {
        int eol = text.indexOf('\n', i);
        if (eol < 0) eol = n;
        String rest = text.substring(i + "DELIMITER".length(), eol).strip();
        int space = indexOfWhitespace(rest);
        if (!rest.isEmpty()) delimiter = space < 0 ? rest : rest.substring(0, space);
        i = eol;
        start = eol;
      } else if (ch == '#' || ch == '-' && text.startsWith("--", i) && (i + 2 >= n || text.charAt(i + 2) <= ' ')) {
        while (i < n && text.charAt(i) != '\n') i++;
      } else if (ch == '/' && text.startsWith("/*", i)) {
        if (text.startsWith("/*!", i)) code = true;
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (ch == '\'' || ch == '"' || ch == '`') {
        code = true;
        i = skipQuoted(text, i, ch, ch != '`');
      } else if (!delimiter.equals(";") && text.startsWith(delimiter, i)) {
        addMySql(out, text, start, i);
        i += delimiter.length();
        start = i;
        code = false;
        depth = 0;
        words = 0;
        compound = false;
      } else if (ch == ';' && delimiter.equals(";") && depth == 0) {
        addMySql(out, text, start, i);
        i++;
        start = i;
        code = false;
        words = 0;
        compound = false;
      } else if (isWordChar(ch)) {
        code = true;
        int w = i;
        while (i < n && isWordChar(text.charAt(i))) i++;
        String word = text.substring(w, i).toUpperCase(Locale.ROOT);
        if (words == 0) startsWithCreate = word.equals("CREATE");
        words++;
        if (startsWithCreate && words < 10 && !compound
            && (word.equals("TRIGGER") || word.equals("PROCEDURE") || word.equals("FUNCTION") || word.equals("EVENT"))) {
          compound = true;
          depth = 0;
        } else if (compound && (word.equals("BEGIN") || word.equals("CASE"))) {
          depth++;
        } else if (compound && word.equals("END")) {
          String next = nextWord(text, i);
          if (next.equals("CASE")) i = afterNextWord(text, i); // END CASE closes the CASE counted above
          if (!next.equals("IF") && !next.equals("LOOP") && !next.equals("WHILE") && !next.equals("REPEAT")) {
            depth = Math.max(0, depth - 1);
          }
        }
      } else {
        if (!Character.isWhitespace(ch)) code = true;
        i++;
      }
    }
    addMySql(out, text, start, n);
    return out;
  }

  private static boolean isLineStart(String text, int i) {
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j--;
    return j < 0 || text.charAt(j) == '\n' || text.charAt(j) == '\r';
  }

  private static boolean startsWithWord(String text, int i, String word) {
    int end = i + word.length();
    return text.regionMatches(true, i, word, 0, word.length())
        && (end == text.length() || Character.isWhitespace(text.charAt(end)));
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
    return -1;
  }

  /** The word after position {@code i}, skipping whitespace, upper-cased; empty when none follows. */
  private static String nextWord(String text, int i) {
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) i++;
    int w = i;
    while (i < n && isWordChar(text.charAt(i))) i++;
    return text.substring(w, i).toUpperCase(Locale.ROOT);
  }

  private static int afterNextWord(String text, int i) {
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) i++;
    while (i < n && isWordChar(text.charAt(i))) i++;
    return i;
  }

  private static void addMySql(List<Statement> out, String text, int start, int end) {
    String sql = text.substring(start, end);
    if (!onlyMySqlCommentsAndSpace(sql)) out.add(new Statement(sql, start));
  }

  /** Whitespace and comments only; {@code /*!…*}{@code /} is code to MySQL (executable comment), not a comment. */
  private static boolean onlyMySqlCommentsAndSpace(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char ch = sql.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '#' || sql.startsWith("--", i) && (i + 2 >= n || sql.charAt(i + 2) <= ' ')) {
        while (i < n && sql.charAt(i) != '\n') i++;
      } else if (sql.startsWith("/*", i) && !sql.startsWith("/*!", i)) {
        int end = sql.indexOf("*/", i + 2);
        if (end < 0) return false;
        i = end + 2;
      } else {
        return false;
      }
    }
    return true;
  }

  /** {@code line:column} (both 1-based, column counted in code points) of a 0-based offset into text. */
  public static String lineColumn(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    int limit = Math.min(Math.max(offset, 0), text.length());
    for (int i = 0; i < limit; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (text.codePointCount(lineStart, limit) + 1);
  }

  /** The char offset of the {@code position}-th code point (1-based, as servers report) from {@code start}. */
  public static int offsetOfCodePoint(String text, int start, int position) {
    int available = text.codePointCount(start, text.length());
    return text.offsetByCodePoints(start, Math.min(Math.max(position - 1, 0), available));
  }
}
