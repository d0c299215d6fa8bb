package dev.slipway.model.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Cuts PostgreSQL text into tokens by the server's lexical rules, so that every reader and rule agrees on
 * where a string, quoted identifier, dollar quote or comment begins and ends and how deep in parentheses a
 * token sits. Every character belongs to exactly one token, in order: the tokens' text joined is the input.
 * It never throws on bad text: a string, identifier, dollar quote or block comment left open runs to the
 * end and is marked not {@linkplain Token#terminated() terminated}, and the caller decides whether that is
 * an error (a reader) or text to keep as it is (a rule comparing two definitions).
 *
 * <p>The rules, from postgresql.org/docs/current/sql-syntax-lexical.html with the server's defaults:
 * <ul>
 *   <li>{@code '…'} doubles a quote to contain one; a backslash is an ordinary character, because
 *       {@code standard_conforming_strings} is on (the default since 9.1). {@code E'…'} also takes backslash
 *       escapes ({@code \'} is a quote). {@code B'…'}, {@code X'…'} and {@code N'…'} scan like {@code '…'}.
 *       A prefix letter counts only where a token starts: in {@code name'…'} it ends the word.
 *   <li>{@code "…"} is an identifier and doubles a quote to contain one.
 *   <li>{@code $tag$…$tag$}: the tag is empty or starts with a letter, {@code _} or a non-ASCII character and
 *       goes on with those and digits; the body ends at the first copy of the same tag. A {@code $} inside a
 *       word belongs to the word ({@code a$1} and {@code a$b$} are names), {@code $1} is a parameter.
 *   <li>{@code --} runs to the next line feed; {@code /* … *}{@code /} nests.
 *   <li>Words start with a letter, {@code _} or a non-ASCII character; numbers as the server reads them;
 *       an operator ends before {@code --} or {@code /*} and drops a trailing {@code +} or {@code -} unless
 *       it contains one of {@code ~ ! @ # % ^ & | ` ?}. Whitespace is what {@link Character#isWhitespace}
 *       says, a superset of the server's (every reader here has always read it so).
 * </ul>
 */
public final class PostgresScanner {
  /** What a token is; the two comment kinds and {@link #SPACE} carry no meaning to the server. */
  public enum Kind {
    SPACE, LINE_COMMENT, BLOCK_COMMENT, STRING, ESCAPE_STRING, QUOTED_IDENTIFIER, DOLLAR_STRING, PARAMETER,
    WORD, NUMBER, OPERATOR, PUNCTUATION
  }

  /**
   * One token: {@code text.substring(start, end)}. {@code depth} is the number of parentheses open around
   * it, so an opening parenthesis and its closing one have the same depth and a top-level comma has 0.
   */
  public record Token(Kind kind, int start, int end, int depth, boolean terminated) {
    /** Space or a comment: the server reads it as a token separator only. */
    public boolean isBlank() {
      return kind == Kind.SPACE || kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
    }

    /** A string of any kind, a quoted identifier or a dollar-quoted string: text the server does not fold. */
    public boolean isQuoted() {
      return kind == Kind.STRING || kind == Kind.ESCAPE_STRING || kind == Kind.QUOTED_IDENTIFIER
          || kind == Kind.DOLLAR_STRING;
    }

    /** This token is the single character {@code c} (punctuation such as {@code ( ) , ;}). */
    public boolean isPunctuation(String text, char c) {
      return kind == Kind.PUNCTUATION && text.charAt(start) == c;
    }
  }

  private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
  private static final String EXOTIC_OPERATOR_CHARS = "~!@#%^&|`?";

  private final String text;
  private int pos;
  private int depth;

  /** A scanner over all of {@code text}. */
  public PostgresScanner(String text) {
    this(text, 0);
  }

  /** A scanner that starts at {@code from}, as if a token ended there, with no parenthesis open. */
  public PostgresScanner(String text, int from) {
    if (from < 0 || from > text.length()) throw new IndexOutOfBoundsException(from);
    this.text = text;
    this.pos = from;
  }

  /** Every token of {@code text}, in order. */
  public static List<Token> tokens(String text) {
    PostgresScanner s = new PostgresScanner(text);
    List<Token> out = new ArrayList<>();
    while (s.hasNext()) out.add(s.next());
    return out;
  }

  public boolean hasNext() {
    return pos < text.length();
  }

  /** The offset where the next token starts. */
  public int position() {
    return pos;
  }

  /** Parentheses open after the tokens returned so far (negative after more closing than opening ones). */
  public int depth() {
    return depth;
  }

  /**
   * Continues at {@code offset} (not before the current position), leaving the text in between in no token:
   * for text that is not SQL at all, such as a psql meta-command line.
   */
  public void skipTo(int offset) {
    if (offset < pos || offset > text.length()) throw new IndexOutOfBoundsException(offset);
    pos = offset;
  }

  /** The token at the current position. */
  public Token next() {
    if (!hasNext()) throw new NoSuchElementException();
    int start = pos;
    int around = depth;
    boolean terminated = true;
    Kind kind;
    char c = text.charAt(pos);
    if (Character.isWhitespace(c)) {
      kind = Kind.SPACE;
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    } else if (c == '-' && peek(1) == '-') {
      kind = Kind.LINE_COMMENT;
      int eol = text.indexOf('\n', pos);
      pos = eol < 0 ? text.length() : eol;
    } else if (c == '/' && peek(1) == '*') {
      kind = Kind.BLOCK_COMMENT;
      terminated = blockComment();
    } else if (c == '\'') {
      kind = Kind.STRING;
      terminated = quoted('\'', false);
    } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
      kind = Kind.ESCAPE_STRING;
      pos++;
      terminated = quoted('\'', true);
    } else if ("BbXxNn".indexOf(c) >= 0 && peek(1) == '\'') {
      kind = Kind.STRING;
      pos++;
      terminated = quoted('\'', false);
    } else if (c == '"') {
      kind = Kind.QUOTED_IDENTIFIER;
      terminated = quoted('"', false);
    } else if (c == '$' && isDigit(peek(1))) {
      kind = Kind.PARAMETER;
      pos++;
      while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
    } else if (c == '$' && dollarTagEnd(pos) > 0) {
      kind = Kind.DOLLAR_STRING;
      int bodyStart = dollarTagEnd(pos);
      int close = text.indexOf(text.substring(pos, bodyStart), bodyStart);
      terminated = close >= 0;
      pos = terminated ? close + (bodyStart - start) : text.length();
    } else if (isIdentifierStart(c)) {
      kind = Kind.WORD;
      while (pos < text.length() && isIdentifierPart(text.charAt(pos))) pos++;
    } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
      kind = Kind.NUMBER;
      number();
    } else if (c == ':' && peek(1) == ':') {
      kind = Kind.OPERATOR;
      pos += 2;
    } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
      kind = Kind.OPERATOR;
      operator();
    } else {
      kind = Kind.PUNCTUATION;
      pos++;
      if (c == '(') depth++;
      if (c == ')') around = --depth;
    }
    return new Token(kind, start, pos, around, terminated);
  }

  /** The text of {@code token}. */
  public String text(Token token) {
    return text.substring(token.start(), token.end());
  }

  /**
   * What a quoted token stands for: a string's characters (quotes undone; in {@code E'…'} the escapes
   * {@code \n}, {@code \t} and {@code \r}, any other escaped character standing for itself), an identifier's
   * name, a dollar-quoted body; any other token's text as it is. An unterminated token's value runs to the end.
   */
  public static String value(String text, Token token) {
    int start = token.start();
    int end = token.end();
    switch (token.kind()) {
      case STRING:
      case ESCAPE_STRING: {
        int open = text.indexOf('\'', start);
        return unquote(text, open + 1, token.terminated() ? end - 1 : end, '\'', token.kind() == Kind.ESCAPE_STRING);
      }
      case QUOTED_IDENTIFIER:
        return unquote(text, start + 1, token.terminated() ? end - 1 : end, '"', false);
      case DOLLAR_STRING: {
        int tag = text.indexOf('$', start + 1) + 1 - start;
        return text.substring(start + tag, token.terminated() ? end - tag : end);
      }
      default:
        return text.substring(start, end);
    }
  }

  private static String unquote(String text, int from, int to, char quote, boolean escapes) {
    StringBuilder v = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (escapes && ch == '\\' && i + 1 < to) {
        char n = text.charAt(++i);
        v.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
      } else {
        v.append(ch);
        if (ch == quote) i++; // the second of a doubled quote
      }
    }
    return v.toString();
  }

  private char peek(int ahead) {
    int p = pos + ahead;
    return p < text.length() ? text.charAt(p) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** PostgreSQL's ident_start: [A-Za-z\200-\377_] (postgresql.org/docs/current/sql-syntax-lexical.html). */
  private static boolean isIdentifierStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c) || c == '$';
  }

  /** The offset after a dollar-quote opening tag at {@code at}, or -1 when none starts there. */
  private int dollarTagEnd(int at) {
    int p = at + 1;
    if (p < text.length() && isIdentifierStart(text.charAt(p))) {
      while (p < text.length() && (isIdentifierStart(text.charAt(p)) || isDigit(text.charAt(p)))) p++;
    }
    return p < text.length() && text.charAt(p) == '$' ? p + 1 : -1;
  }

  /** From an opening quote (after any prefix letter); false when the text ends first. */
  private boolean quoted(char quote, boolean escapes) {
    pos++;
    while (pos < text.length()) {
      char ch = text.charAt(pos);
      if (escapes && ch == '\\' && pos + 1 < text.length()) {
        pos += 2;
      } else if (ch == quote && peek(1) == quote) {
        pos += 2;
      } else {
        pos++;
        if (ch == quote) return true;
      }
    }
    return false;
  }

  private boolean blockComment() {
    int nesting = 0;
    while (pos < text.length()) {
      if (text.startsWith("/*", pos)) {
        nesting++;
        pos += 2;
      } else if (text.startsWith("*/", pos)) {
        nesting--;
        pos += 2;
        if (nesting == 0) return true;
      } else {
        pos++;
      }
    }
    return false;
  }

  /** Digits (with {@code _} separators, PostgreSQL 16), a fraction unless {@code ..} follows, an exponent. */
  private void number() {
    while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
    if (pos < text.length() && text.charAt(pos) == '.' && peek(1) != '.') {
      pos++;
      while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')
        && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
      pos += 2;
      while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
    }
  }

  /** The operator rule of postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-OPERATORS. */
  private void operator() {
    int start = pos;
    boolean exotic = false;
    while (pos < text.length() && OPERATOR_CHARS.indexOf(text.charAt(pos)) >= 0) {
      char ch = text.charAt(pos);
      if (pos > start && (ch == '-' && peek(1) == '-' || ch == '/' && peek(1) == '*')) break;
      exotic |= EXOTIC_OPERATOR_CHARS.indexOf(ch) >= 0;
      pos++;
    }
    while (pos - start > 1 && !exotic && (text.charAt(pos - 1) == '+' || text.charAt(pos - 1) == '-')) pos--;
  }
}
