package dev.slipway.introspect.sql;

import dev.slipway.model.postgres.PostgresScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one file into the reader's tokens: {@link PostgresScanner} finds them the way PostgreSQL's scanner
 * does (postgresql.org/docs/current/sql-syntax-lexical.html); this adds line and column, what each token
 * means (folded words, string contents) and a located error for text the server would reject at once (an
 * unterminated quote or comment, {@code ""}). Lines that start with a backslash are psql meta-commands
 * (pg_dump 15.14+ writes {@code \restrict KEY}) and are skipped, because no SQL parser understands them.
 * {@code -- @renamed from=x} comments are collected by line.
 */
final class PostgresLexer {
  /** A rename annotation found in a line comment. */
  record Hint(String from, int line, int column) {}

  private static final Pattern RENAMED = Pattern.compile("@renamed\\s+from=(?:\"([^\"]+)\"|(\\S+))");

  private final String file;
  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final Map<Integer, Hint> hints = new HashMap<>();
  private int line = 1;
  private int lineStart;
  private int counted;

  PostgresLexer(String file, String text) {
    this.file = file;
    this.text = text;
  }

  List<Token> tokens() {
    return tokens;
  }

  Map<Integer, Hint> hints() {
    return hints;
  }

  PostgresLexer run() {
    PostgresScanner scanner = new PostgresScanner(text);
    boolean lineHasToken = false;
    while (scanner.hasNext()) {
      PostgresScanner.Token t = scanner.next();
      countLinesTo(t.start());
      if (t.kind() == PostgresScanner.Kind.SPACE) {
        int before = line;
        countLinesTo(t.end());
        if (line > before) lineHasToken = false;
      } else if (t.kind() == PostgresScanner.Kind.LINE_COMMENT) {
        hint(t);
      } else if (t.kind() == PostgresScanner.Kind.BLOCK_COMMENT) {
        if (!t.terminated()) throw error(t.start(), "unterminated /* comment");
      } else if (t.isPunctuation(text, '\\') && !lineHasToken) {
        int eol = text.indexOf('\n', t.start());
        scanner.skipTo(eol < 0 ? text.length() : eol);
      } else {
        lineHasToken = true;
        add(t);
      }
    }
    return this;
  }

  private void add(PostgresScanner.Token t) {
    String raw = text.substring(t.start(), t.end());
    Token.Kind kind;
    String value = raw;
    switch (t.kind()) {
      case STRING:
      case ESCAPE_STRING:
        // the error points at the quote, after any prefix letter
        if (!t.terminated()) throw error(text.indexOf('\'', t.start()), "unterminated string literal");
        kind = Token.Kind.STRING;
        value = PostgresScanner.value(text, t);
        break;
      case QUOTED_IDENTIFIER:
        if (!t.terminated()) throw error(t.start(), "unterminated quoted identifier");
        kind = Token.Kind.QUOTED;
        value = PostgresScanner.value(text, t);
        if (value.isEmpty()) throw error(t.start(), "zero-length quoted identifier");
        break;
      case DOLLAR_STRING:
        if (!t.terminated()) {
          throw error(t.start(), "unterminated dollar-quoted string " + raw.substring(0, raw.indexOf('$', 1) + 1));
        }
        kind = Token.Kind.DOLLAR;
        value = PostgresScanner.value(text, t);
        break;
      case PARAMETER:
        kind = Token.Kind.PARAM;
        break;
      case WORD:
        kind = Token.Kind.WORD;
        value = fold(raw);
        break;
      case NUMBER:
        kind = Token.Kind.NUMBER;
        break;
      case OPERATOR:
        kind = Token.Kind.OP;
        break;
      default:
        kind = Token.Kind.PUNCT;
    }
    tokens.add(new Token(kind, value, t.start(), t.end(), line, t.start() - lineStart + 1));
  }

  /** Advances the line count over the text before {@code offset}; tokens come in order. */
  private void countLinesTo(int offset) {
    for (int i = counted; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    counted = offset;
  }

  /** Unquoted identifiers fold to lower case; PostgreSQL folds ASCII letters only. */
  static String fold(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      b.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
    }
    return b.toString();
  }

  private void hint(PostgresScanner.Token t) {
    Matcher m = RENAMED.matcher(text.substring(t.start(), t.end()));
    if (m.find()) {
      String from = m.group(1) != null ? m.group(1) : m.group(2);
      hints.put(line, new Hint(from, line, t.start() - lineStart + 1));
    }
  }

  /** An error at {@code offset}, which lies on the line of the token being read. */
  private SqlReadException error(int offset, String message) {
    return new SqlReadException(file + ":" + line + ":" + (offset - lineStart + 1), message);
  }
}
