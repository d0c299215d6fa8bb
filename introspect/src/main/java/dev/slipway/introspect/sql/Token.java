package dev.slipway.introspect.sql;

/**
 * One lexical token of a SQL file with its position. {@code value} is what the token means: a folded
 * identifier, an unquoted identifier, a string literal's content; {@code start}/{@code end} index the
 * file text so statement text can be cut from the source as written.
 */
record Token(Kind kind, String value, int start, int end, int line, int column) {
  enum Kind { WORD, QUOTED, STRING, DOLLAR, NUMBER, PARAM, OP, PUNCT }

  boolean is(String keyword) {
    return kind == Kind.WORD && value.equals(keyword);
  }

  boolean isPunct(String p) {
    return (kind == Kind.PUNCT || kind == Kind.OP) && value.equals(p);
  }

  boolean isIdentifier() {
    return kind == Kind.WORD || kind == Kind.QUOTED;
  }
}
