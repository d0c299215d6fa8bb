package dev.slipway.introspect.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one file into tokens the way PostgreSQL's scanner does (postgresql.org/docs/current/sql-syntax-lexical.html):
 * quoted identifiers, standard and E'' strings, dollar quotes, nested block comments. Lines that start
 * with a backslash are psql meta-commands (pg_dump 15.14+ writes {@code \restrict KEY}) and are skipped,
 * because no SQL parser understands them. {@code -- @renamed from=x} comments are collected by line.
 */
final class PostgresLexer {
  /** A rename annotation found in a line comment. */
  record Hint(String from, int line, int column) {}

  private static final Pattern RENAMED = Pattern.compile("@renamed\\s+from=(?:\"([^\"]+)\"|(\\S+))");
  private static final String OP_CHARS = "+-*/<>=~!@#%^&|`?";

  private final String file;
  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final Map<Integer, Hint> hints = new HashMap<>();
  private int pos;
  private int line = 1;
  private int lineStart;

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
    boolean lineHasToken = false;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        newline(pos + 1);
        pos++;
        lineHasToken = false;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '\\' && !lineHasToken) {
        while (pos < text.length() && text.charAt(pos) != '\n') pos++;
      } else if (c == '-' && peek(1) == '-') {
        lineComment();
      } else if (c == '/' && peek(1) == '*') {
        blockComment();
      } else {
        lineHasToken = true;
        token(c);
      }
    }
    return this;
  }

  private void token(char c) {
    int start = pos;
    int startLine = line;
    int startCol = pos - lineStart + 1;
    if (c == '\'') {
      add(Token.Kind.STRING, quoted('\'', false), start, startLine, startCol);
    } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
      pos++;
      add(Token.Kind.STRING, quoted('\'', true), start, startLine, startCol);
    } else if ((c == 'B' || c == 'b' || c == 'X' || c == 'x' || c == 'N' || c == 'n') && peek(1) == '\'') {
      pos++;
      add(Token.Kind.STRING, quoted('\'', false), start, startLine, startCol);
    } else if (c == '"') {
      String v = quoted('"', false);
      if (v.isEmpty()) throw error(startLine, startCol, "zero-length quoted identifier");
      add(Token.Kind.QUOTED, v, start, startLine, startCol);
    } else if (c == '$' && Character.isDigit(peek(1))) {
      pos++;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
      add(Token.Kind.PARAM, text.substring(start, pos), start, startLine, startCol);
    } else if (c == '$') {
      dollar(start, startLine, startCol);
    } else if (Character.isLetter(c) || c == '_' || c >= 0x80) {
      while (pos < text.length() && isIdentPart(text.charAt(pos))) pos++;
      add(Token.Kind.WORD, fold(text.substring(start, pos)), start, startLine, startCol);
    } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
      number();
      add(Token.Kind.NUMBER, text.substring(start, pos), start, startLine, startCol);
    } else if (c == ':' && peek(1) == ':') {
      pos += 2;
      add(Token.Kind.OP, "::", start, startLine, startCol);
    } else if (OP_CHARS.indexOf(c) >= 0) {
      operator();
      add(Token.Kind.OP, text.substring(start, pos), start, startLine, startCol);
    } else {
      pos++;
      add(Token.Kind.PUNCT, String.valueOf(c), start, startLine, startCol);
    }
  }

  private void add(Token.Kind kind, String value, int start, int l, int col) {
    tokens.add(new Token(kind, value, start, pos, l, col));
  }

  private char peek(int ahead) {
    int p = pos + ahead;
    return p < text.length() ? text.charAt(p) : '\0';
  }

  private void newline(int next) {
    line++;
    lineStart = next;
  }

  private static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
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

  private String quoted(char quote, boolean escapes) {
    int startLine = line;
    int startCol = pos - lineStart + 1;
    pos++;
    StringBuilder v = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error(startLine, startCol, quote == '"' ? "unterminated quoted identifier" : "unterminated string literal");
      }
      char ch = text.charAt(pos);
      if (ch == '\n') newline(pos + 1);
      if (escapes && ch == '\\' && pos + 1 < text.length()) {
        char n = text.charAt(pos + 1);
        v.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
        if (n == '\n') newline(pos + 2);
        pos += 2;
      } else if (ch == quote) {
        if (peek(1) == quote) {
          v.append(quote);
          pos += 2;
        } else {
          pos++;
          return v.toString();
        }
      } else {
        v.append(ch);
        pos++;
      }
    }
  }

  private void dollar(int start, int startLine, int startCol) {
    int p = pos + 1;
    while (p < text.length() && (Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == '_')) p++;
    if (p >= text.length() || text.charAt(p) != '$') {
      pos++;
      add(Token.Kind.PUNCT, "$", start, startLine, startCol);
      return;
    }
    String tag = text.substring(pos, p + 1);
    int bodyStart = p + 1;
    int close = text.indexOf(tag, bodyStart);
    if (close < 0) throw error(startLine, startCol, "unterminated dollar-quoted string " + tag);
    for (int i = pos; i < close + tag.length(); i++) {
      if (text.charAt(i) == '\n') newline(i + 1);
    }
    pos = close + tag.length();
    add(Token.Kind.DOLLAR, text.substring(bodyStart, close), start, startLine, startCol);
  }

  private void number() {
    while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
    if (pos < text.length() && text.charAt(pos) == '.' && peek(1) != '.') {
      pos++;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')
        && (Character.isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2))))) {
      pos += 2;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
    }
  }

  /** PostgreSQL's operator rule: stop before a comment; drop a trailing + or - unless the operator is "exotic". */
  private void operator() {
    int start = pos;
    while (pos < text.length() && OP_CHARS.indexOf(text.charAt(pos)) >= 0) {
      if (pos > start && ((text.charAt(pos) == '-' && peek(1) == '-') || (text.charAt(pos) == '/' && peek(1) == '*'))) break;
      pos++;
    }
    String op = text.substring(start, pos);
    boolean exotic = op.chars().anyMatch(ch -> "~!@#%^&|`?".indexOf(ch) >= 0);
    while (op.length() > 1 && !exotic && (op.endsWith("+") || op.endsWith("-"))) {
      op = op.substring(0, op.length() - 1);
      pos--;
    }
  }

  private void lineComment() {
    int start = pos;
    int col = pos - lineStart + 1;
    while (pos < text.length() && text.charAt(pos) != '\n') pos++;
    Matcher m = RENAMED.matcher(text.substring(start, pos));
    if (m.find()) {
      String from = m.group(1) != null ? m.group(1) : m.group(2);
      hints.put(line, new Hint(from, line, col));
    }
  }

  private void blockComment() {
    int startLine = line;
    int startCol = pos - lineStart + 1;
    int depth = 0;
    while (pos < text.length()) {
      if (text.startsWith("/*", pos)) {
        depth++;
        pos += 2;
      } else if (text.startsWith("*/", pos)) {
        depth--;
        pos += 2;
        if (depth == 0) return;
      } else {
        if (text.charAt(pos) == '\n') newline(pos + 1);
        pos++;
      }
    }
    throw error(startLine, startCol, "unterminated /* comment");
  }

  private SqlReadException error(int l, int col, String message) {
    return new SqlReadException(file + ":" + l + ":" + col, message);
  }
}
