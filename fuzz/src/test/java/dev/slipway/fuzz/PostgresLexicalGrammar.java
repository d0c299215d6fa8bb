package dev.slipway.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds PostgreSQL text from tokens chosen one by one, so what a scanner must find in it is known before it
 * looks: every string, identifier, dollar quote and comment with its exact extent and parenthesis depth.
 * Quoted tokens are filled with what ends other tokens ({@code ;}, quotes, {@code --}, {@code /*}, dollar
 * tags). Two tokens touch only where PostgreSQL still reads them apart ({@code 'a'E'b'}, {@code x(},
 * {@code $$x$$$a$y$a$}); elsewhere whitespace separates them.
 */
final class PostgresLexicalGrammar {
  /** One expected token: its kind as {@code PostgresScanner.Kind} names it, its text, parentheses around it. */
  record Piece(String kind, String text, int depth) {}

  /** Text and the tokens it is made of, whitespace left out. */
  record Built(String text, List<Piece> pieces) {}

  // No single E, B, X or N (they prefix a following string) and, for scripts, none of BEGIN ATOMIC CASE END.
  private static final List<String> WORDS = List.of("a", "users", "_t1", "x$y", "a$1", "a$b$", "Mixed", "é", "ñame",
      "SELECT", "from", "e1", "Ex", "nx", "b_", "ab\u00e9$");
  private static final List<String> NUMBERS = List.of("0", "1", "42", "1.5", ".5", "1e10", "2.5E-3", "1_000", "7.");
  private static final List<String> OPERATORS = List.of("+", "-", "*", "/", "<", ">", "=", "<>", "<=", "||", "::",
      "@>", "->>", "!=", "~~*", "#-", "%");
  private static final List<String> PARAMETERS = List.of("$1", "$2", "$10");
  private static final List<String> STRING_TEXT = List.of("a", " ", ";", "''", "--", "/*", "*/", "\"", "$$", "$a$",
      "\\", "(", ")", "\n", "é", "E''", "BEGIN ATOMIC", "END");
  private static final List<String> ESCAPE_TEXT = List.of("a", " ", ";", "''", "\\'", "\\\\", "\\n", "--", "/*", "\"",
      "$$", "(", "é");
  private static final List<String> IDENTIFIER_TEXT = List.of("a", " ", ";", "\"\"", "'", "--", "/*", "$$", ")", "é");
  private static final List<String> DOLLAR_TAGS = List.of("", "a", "fn", "_1", "é", "T");
  private static final List<String> DOLLAR_TEXT = List.of("a", " ", ";", "'", "\"", "--", "/*", "*/", "$", "$$", "$x$",
      "$fn", "fn$", "$a", "a$", "\n", "$T$", "END;");
  private static final List<String> COMMENT_TEXT = List.of("a", " ", ";", "'", "\"", "$$", "$a$", "--", "é", "\n");
  private static final List<String> SEPARATORS = List.of(" ", "\n", "\t", "  ", "\r\n", " \n ");
  private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

  private final Random r;
  private final StringBuilder text = new StringBuilder();
  private final List<Piece> pieces = new ArrayList<>();
  private boolean newlineOwed;

  private PostgresLexicalGrammar(Random r) {
    this.r = r;
  }

  /** A run of up to {@code items} tokens with balanced parentheses and no top-level semicolon. */
  static Built tokens(Random r, int items) {
    PostgresLexicalGrammar g = new PostgresLexicalGrammar(r);
    g.items(items, 0, false);
    return g.built();
  }

  /** One statement: a word first (so it is never blank or all comment), then tokens; semicolons only quoted. */
  static Built statement(Random r, int items) {
    PostgresLexicalGrammar g = new PostgresLexicalGrammar(r);
    g.add("WORD", pick(r, WORDS), 0);
    g.items(items, 0, false);
    if (r.nextInt(5) == 0) {
      // An SQL-standard body: its semicolons end nothing until END (sql-createfunction.html).
      g.add("WORD", "BEGIN", 0);
      g.add("WORD", "ATOMIC", 0);
      for (int i = 0; i < 1 + r.nextInt(3); i++) {
        g.add("WORD", pick(r, WORDS), 0);
        g.items(4, 0, false);
        g.add("PUNCTUATION", ";", 0);
      }
      g.add("WORD", "END", 0);
    }
    return g.built();
  }

  private Built built() {
    if (newlineOwed) text.append('\n');
    return new Built(text.toString(), List.copyOf(pieces));
  }

  private void items(int count, int depth, boolean inGroup) {
    int n = r.nextInt(count + 1);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(inGroup ? 14 : 13)) {
        case 0 -> add("WORD", pick(r, WORDS), depth);
        case 1 -> add("NUMBER", pick(r, NUMBERS), depth);
        case 2 -> add("OPERATOR", pick(r, OPERATORS), depth);
        case 3 -> add("PARAMETER", pick(r, PARAMETERS), depth);
        case 4 -> add("STRING", "'" + fill(STRING_TEXT, 6) + "'", depth);
        case 5 -> add("STRING", pick(r, List.of("B'101'", "X'ff'", "N'n''" + fill(STRING_TEXT, 3) + "'")), depth);
        case 6 -> add("ESCAPE_STRING", pick(r, List.of("E'", "e'")) + fill(ESCAPE_TEXT, 6) + "'", depth);
        case 7 -> add("QUOTED_IDENTIFIER", "\"" + fill(IDENTIFIER_TEXT, 5) + "\"", depth);
        case 8 -> add("DOLLAR_STRING", dollar(), depth);
        case 9 -> add("LINE_COMMENT", "--" + fill(COMMENT_TEXT, 5).replace('\n', ' '), depth);
        case 10 -> add("BLOCK_COMMENT", blockComment(3), depth);
        case 11 -> add("PUNCTUATION", pick(r, List.of(",", "[", "]")), depth);
        case 12 -> {
          add("PUNCTUATION", "(", depth);
          items(Math.max(0, count / 2), depth + 1, true);
          add("PUNCTUATION", ")", depth);
        }
        default -> add("PUNCTUATION", ",", depth);
      }
    }
  }

  private void add(String kind, String token, int depth) {
    if (text.length() > 0) {
      char last = text.charAt(text.length() - 1);
      String lastKind = pieces.isEmpty() ? "SPACE" : pieces.get(pieces.size() - 1).kind();
      if (newlineOwed) {
        text.append('\n'); // a line comment runs to the end of its line
      } else if (!Character.isWhitespace(last) && (!touches(lastKind, token) || r.nextBoolean())) {
        text.append(pick(r, SEPARATORS));
      }
    }
    newlineOwed = kind.equals("LINE_COMMENT");
    text.append(token);
    pieces.add(new Piece(kind, token, depth));
  }

  /** Whether {@code next} may follow a token of {@code lastKind} with nothing between and still stand apart. */
  private static boolean touches(String lastKind, String next) {
    char first = next.charAt(0);
    return switch (lastKind) {
      case "WORD", "NUMBER", "PARAMETER" -> "()[],;\"'".indexOf(first) >= 0 || OPERATOR_CHARS.indexOf(first) >= 0;
      case "OPERATOR" -> OPERATOR_CHARS.indexOf(first) < 0 && first != '.' && !(Character.isDigit(first));
      case "STRING", "ESCAPE_STRING" -> first != '\'';
      case "QUOTED_IDENTIFIER" -> first != '"';
      default -> true;
    };
  }

  private String dollar() {
    String tag = "$" + pick(r, DOLLAR_TAGS) + "$";
    String body = fill(DOLLAR_TEXT, 6);
    // The body ends at the first copy of the tag, so it may hold none, nor a tail that makes one with it.
    while ((body + tag).indexOf(tag) != body.length()) body = body.substring(1);
    return tag + body + tag;
  }

  private String blockComment(int nesting) {
    StringBuilder b = new StringBuilder("/*");
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.append(nesting > 0 && r.nextInt(4) == 0 ? blockComment(nesting - 1) : pick(r, COMMENT_TEXT));
    }
    return b.append("*/").toString();
  }

  private String fill(List<String> from, int max) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) b.append(pick(r, from));
    return b.toString();
  }

  private static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}
