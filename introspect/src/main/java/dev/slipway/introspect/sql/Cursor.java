package dev.slipway.introspect.sql;

import java.util.ArrayList;
import java.util.List;

/** A position in one statement's tokens with the small vocabulary every statement reader needs. */
final class Cursor {
  private final SqlStatement st;
  private int pos;
  private int limit;

  Cursor(SqlStatement st) {
    this.st = st;
    this.limit = st.tokens().size();
  }

  /** A cursor over {@code [from, to)} only: one element of a parenthesised list. */
  Cursor sub(int from, int to) {
    Cursor c = new Cursor(st);
    c.pos = from;
    c.limit = to;
    return c;
  }

  SqlStatement statement() {
    return st;
  }

  int pos() {
    return pos;
  }

  void seek(int p) {
    pos = p;
  }

  boolean atEnd() {
    return pos >= limit;
  }

  /** The current token, or the last one when at the end (so errors still have a position). */
  Token peek() {
    return peek(0);
  }

  Token peek(int ahead) {
    int p = Math.min(pos + ahead, limit - 1);
    return st.tokens().get(Math.max(p, 0));
  }

  boolean has(int ahead) {
    return pos + ahead < limit;
  }

  Token next() {
    if (atEnd()) throw st.error(peek(), "unexpected end of statement");
    return st.tokens().get(pos++);
  }

  /** Whether the next tokens are these keywords (or punctuation); consumes them if so. */
  boolean accept(String... words) {
    for (int i = 0; i < words.length; i++) {
      if (!has(i)) return false;
      Token t = st.tokens().get(pos + i);
      if (!(t.is(words[i]) || t.isPunct(words[i]))) return false;
    }
    pos += words.length;
    return true;
  }

  boolean at(String... words) {
    int saved = pos;
    boolean yes = accept(words);
    pos = saved;
    return yes;
  }

  void expect(String... words) {
    if (!accept(words)) {
      throw fail(atEnd() ? "unexpected end of statement, expected " + String.join(" ", words)
          : "expected " + String.join(" ", words) + " but found \"" + peek().value() + "\"");
    }
  }

  String identifier(String what) {
    if (atEnd()) throw fail("unexpected end of statement, expected " + what);
    Token t = peek();
    if (!t.isIdentifier()) throw fail("expected " + what + " but found \"" + t.value() + "\"");
    pos++;
    return t.value();
  }

  /** A dotted name, e.g. {@code app."Users"} → [app, Users]. */
  List<String> dottedName(String what) {
    List<String> parts = new ArrayList<>();
    parts.add(identifier(what));
    while (accept(".")) parts.add(identifier(what));
    return parts;
  }

  /** Consumes a balanced {@code ( … )} and returns the token range inside it. */
  int[] parens() {
    if (!peek().isPunct("(") || atEnd()) throw fail("expected \"(\"");
    int open = pos;
    int depth = 0;
    while (pos < limit) {
      Token t = st.tokens().get(pos++);
      if (t.isPunct("(") || t.isPunct("[")) depth++;
      if (t.isPunct(")") || t.isPunct("]")) depth--;
      if (depth == 0) return new int[] {open + 1, pos - 1};
    }
    throw st.error(st.tokens().get(open), "unbalanced parentheses");
  }

  /** Text inside a balanced parenthesis group, whitespace normalised. */
  String parenText() {
    int[] r = parens();
    if (r[0] == r[1]) throw st.error(st.tokens().get(r[0] - 1), "empty parentheses");
    return st.text(r[0], r[1]);
  }

  /**
   * Splits {@code [from, to)} at top-level commas into ranges: the elements of a column list, an
   * argument list, a VALUES list.
   */
  List<int[]> splitCommas(int from, int to) {
    List<int[]> parts = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      Token t = st.tokens().get(i);
      if (t.isPunct("(") || t.isPunct("[")) depth++;
      if (t.isPunct(")") || t.isPunct("]")) depth--;
      if (depth == 0 && t.isPunct(",")) {
        if (start == i) throw st.error(t, "empty element in list");
        parts.add(new int[] {start, i});
        start = i + 1;
      }
    }
    if (start < to) parts.add(new int[] {start, to});
    else if (to > from) throw st.error(st.tokens().get(to - 1), "trailing comma in list");
    return parts;
  }

  /** Advances to the next top-level token that is one of the keywords (or to the end); returns the range skipped. */
  int[] until(String... stops) {
    int start = pos;
    int depth = 0;
    while (!atEnd()) {
      Token t = peek();
      if (depth == 0) {
        for (String s : stops) {
          if (t.is(s) || t.isPunct(s)) return new int[] {start, pos};
        }
      }
      if (t.isPunct("(") || t.isPunct("[")) depth++;
      if (t.isPunct(")") || t.isPunct("]")) depth--;
      pos++;
    }
    return new int[] {start, pos};
  }

  void expectEnd() {
    if (!atEnd()) throw fail("unexpected \"" + peek().value() + "\"");
  }

  SqlReadException fail(String message) {
    return st.error(peek(), message);
  }

  SqlReadException failAt(Token t, String message) {
    return st.error(t, message);
  }
}
