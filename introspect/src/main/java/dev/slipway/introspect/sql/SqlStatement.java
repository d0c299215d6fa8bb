package dev.slipway.introspect.sql;

import java.util.List;
import java.util.Map;

/**
 * One statement of one file: its tokens (without the closing semicolon) and the file's text, so that
 * every error can name file:line:column and the statement, and expression text can be cut from the
 * source as written.
 */
record SqlStatement(String file, String text, List<Token> tokens, Map<Integer, PostgresLexer.Hint> hints) {
  private static final int SNIPPET = 60;

  SqlStatement {
    tokens = List.copyOf(tokens);
  }

  Token first() {
    return tokens.get(0);
  }

  Token last() {
    return tokens.get(tokens.size() - 1);
  }

  String location(Token t) {
    return file + ":" + t.line() + ":" + t.column();
  }

  /** The statement's first ~60 characters, whitespace collapsed, for messages. */
  String snippet() {
    String s = text(0, tokens.size());
    return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET) + "…";
  }

  SqlReadException error(Token at, String message) {
    return new SqlReadException(location(at), message + " in \"" + snippet() + "\"");
  }

  /**
   * Tokens {@code [from, to)} as written, comments dropped and each run of whitespace between two tokens
   * collapsed to one space: the "normalised whitespace" form of an expression.
   */
  String text(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (i > from && tokens.get(i - 1).end() < t.start()) b.append(' ');
      b.append(text, t.start(), t.end());
    }
    return b.toString();
  }

  /** The source between two tokens exactly as written (routine bodies keep their layout). */
  String raw(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
