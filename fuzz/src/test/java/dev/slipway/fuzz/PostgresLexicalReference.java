package dev.slipway.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second reading of PostgreSQL's lexical rules (postgresql.org/docs/current/sql-syntax-lexical.html),
 * written from the documentation as one regular expression per token kind, tried in order, so that
 * {@link PostgresScannerFuzzTest} can compare the scanner with something that shares none of its code.
 * Slow and simple on purpose; only the nesting of block comments needs a count.
 */
final class PostgresLexicalReference {
  /** One token: kind named as {@code PostgresScanner.Kind}, half-open range, parentheses around it, closed. */
  record Lexeme(String kind, int start, int end, int depth, boolean terminated) {}

  private record Rule(String kind, Pattern pattern) {}

  // A group named "close" is empty when the text ended before the closing delimiter.
  private static final List<Rule> RULES = List.of(
      new Rule("SPACE", Pattern.compile("\\p{javaWhitespace}+")),
      new Rule("LINE_COMMENT", Pattern.compile("--[^\\n]*")),
      new Rule("STRING", Pattern.compile("'[^']*+(?:''[^']*+)*+(?<close>'?)")),
      new Rule("ESCAPE_STRING", Pattern.compile("[Ee]'(?:[^'\\\\]++|''|\\\\[\\s\\S]?)*+(?<close>'?)")),
      new Rule("STRING", Pattern.compile("[BbXxNn]'[^']*+(?:''[^']*+)*+(?<close>'?)")),
      new Rule("QUOTED_IDENTIFIER", Pattern.compile("\"[^\"]*+(?:\"\"[^\"]*+)*+(?<close>\"?)")),
      new Rule("PARAMETER", Pattern.compile("\\$[0-9]+")),
      new Rule("DOLLAR_STRING", Pattern.compile("\\$(?:[A-Za-z_[^\\x00-\\x7F]][A-Za-z_0-9[^\\x00-\\x7F]]*+)?\\$")),
      new Rule("WORD", Pattern.compile("[A-Za-z_[^\\x00-\\x7F]][A-Za-z_0-9$[^\\x00-\\x7F]]*+")),
      new Rule("NUMBER", Pattern.compile("(?:[0-9][0-9_]*+(?:\\.(?!\\.)[0-9]*+)?|\\.[0-9]++)(?:[eE][+-]?[0-9]++)?")),
      new Rule("OPERATOR", Pattern.compile("::|[-+*/<>=~!@#%^&|`?]+")));

  private static final Pattern EXOTIC = Pattern.compile("[~!@#%^&|`?]");

  private PostgresLexicalReference() {}

  static List<Lexeme> lex(String text) {
    List<Lexeme> out = new ArrayList<>();
    List<Matcher> matchers = RULES.stream().map(r -> r.pattern().matcher(text)).toList();
    int pos = 0;
    int depth = 0;
    while (pos < text.length()) {
      int start = pos;
      if (text.startsWith("/*", pos)) {
        int end = blockCommentEnd(text, pos);
        out.add(new Lexeme("BLOCK_COMMENT", pos, Math.abs(end), depth, end > 0));
        pos = Math.abs(end);
        continue;
      }
      Lexeme found = null;
      for (int r = 0; r < RULES.size() && found == null; r++) {
        Rule rule = RULES.get(r);
        Matcher m = matchers.get(r).region(pos, text.length());
        if (!m.lookingAt()) continue;
        int end = m.end();
        boolean closed = !rule.pattern().pattern().contains("<close>") || !m.group("close").isEmpty();
        if (rule.kind().equals("DOLLAR_STRING")) {
          int close = text.indexOf(m.group(), end);
          closed = close >= 0;
          end = closed ? close + m.group().length() : text.length();
        } else if (rule.kind().equals("OPERATOR") && !m.group().equals("::")) {
          end = start + operatorLength(m.group());
        }
        found = new Lexeme(rule.kind(), start, end, depth, closed);
      }
      if (found == null) {
        char c = text.charAt(pos);
        if (c == ')') depth--;
        found = new Lexeme("PUNCTUATION", pos, pos + 1, depth, true);
        if (c == '(') depth++;
      }
      out.add(found);
      pos = found.end();
    }
    return out;
  }

  /** The end of the comment starting at {@code from}, or minus the text's length when it never closes. */
  private static int blockCommentEnd(String text, int from) {
    int open = 1;
    int pos = from + 2;
    int opening = text.indexOf("/*", pos);
    int closing = text.indexOf("*/", pos);
    while (open > 0) {
      if (closing < 0) return -text.length();
      if (opening >= 0 && opening < closing) {
        open++;
        pos = opening + 2;
      } else {
        open--;
        pos = closing + 2;
      }
      // a delimiter overlapping the one just taken ("/*/") does not count
      if (opening >= 0 && opening < pos) opening = text.indexOf("/*", pos);
      if (closing < pos) closing = text.indexOf("*/", pos);
    }
    return pos;
  }

  /** The operator rule: stop before a comment start, then drop trailing + and - unless the name is "exotic". */
  private static int operatorLength(String run) {
    int cut = run.length();
    for (int i = 1; i < run.length() - 1; i++) {
      if (run.startsWith("--", i) || run.startsWith("/*", i)) {
        cut = i;
        break;
      }
    }
    String op = run.substring(0, cut);
    if (!EXOTIC.matcher(op).find()) {
      while (op.length() > 1 && (op.endsWith("+") || op.endsWith("-"))) op = op.substring(0, op.length() - 1);
    }
    return op.length();
  }
}
