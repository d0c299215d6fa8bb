package dev.slipway.model.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.model.postgres.PostgresScanner.Kind;
import dev.slipway.model.postgres.PostgresScanner.Token;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The lexical edge cases one at a time; fuzz/PostgresScannerFuzzTest checks the same rules on generated text. */
class PostgresScannerTest {
  /** The tokens that are not space, as KIND:text. */
  private static List<String> scan(String text) {
    return PostgresScanner.tokens(text).stream().filter(t -> t.kind() != Kind.SPACE)
        .map(t -> t.kind() + ":" + text.substring(t.start(), t.end()) + (t.terminated() ? "" : "…")).toList();
  }

  private static Token only(String text) {
    List<Token> tokens = PostgresScanner.tokens(text);
    assertThat(tokens).hasSize(1);
    return tokens.get(0);
  }

  @Test
  void standardStringsDoubleQuotesAndKeepBackslashes() {
    assertThat(scan("'it''s' 'a\\' x")).containsExactly("STRING:'it''s'", "STRING:'a\\'", "WORD:x");
    assertThat(PostgresScanner.value("'it''s'", only("'it''s'"))).isEqualTo("it's");
    assertThat(PostgresScanner.value("'a\\'", only("'a\\'"))).isEqualTo("a\\");
    assertThat(scan("''''")).containsExactly("STRING:''''");
    assertThat(scan("'a' 'b'")).containsExactly("STRING:'a'", "STRING:'b'");
  }

  @Test
  void escapeStringsTakeBackslashEscapes() {
    assertThat(scan("E'it\\'s' e'\\\\' x")).containsExactly("ESCAPE_STRING:E'it\\'s'", "ESCAPE_STRING:e'\\\\'", "WORD:x");
    assertThat(PostgresScanner.value("E'a\\nb\\tc\\'d''e'", only("E'a\\nb\\tc\\'d''e'"))).isEqualTo("a\nb\tc'd'e");
    assertThat(PostgresScanner.value("E'\\q'", only("E'\\q'"))).isEqualTo("q");
  }

  @Test
  void aPrefixLetterCountsOnlyWhereATokenStarts() {
    assertThat(scan("B'101' X'ff' N'n' namE'x\\'")).containsExactly("STRING:B'101'", "STRING:X'ff'", "STRING:N'n'",
        "WORD:namE", "STRING:'x\\'");
    assertThat(PostgresScanner.value("B'101'", only("B'101'"))).isEqualTo("101");
    assertThat(scan("U&'d\\0061t'")).containsExactly("WORD:U", "OPERATOR:&", "STRING:'d\\0061t'");
  }

  @Test
  void quotedIdentifiersDoubleQuotes() {
    assertThat(scan("\"a\"\"b\" \"\" \"x;--y\"")).containsExactly("QUOTED_IDENTIFIER:\"a\"\"b\"",
        "QUOTED_IDENTIFIER:\"\"", "QUOTED_IDENTIFIER:\"x;--y\"");
    assertThat(PostgresScanner.value("\"a\"\"b\"", only("\"a\"\"b\""))).isEqualTo("a\"b");
  }

  @Test
  void dollarQuotesEndAtTheSameTag() {
    String text = "$$a'b$$ $fn$ $$ inner $$ $x$ $fn$ $_1$;$_1$ $é$x$é$";
    assertThat(scan(text)).containsExactly("DOLLAR_STRING:$$a'b$$", "DOLLAR_STRING:$fn$ $$ inner $$ $x$ $fn$",
        "DOLLAR_STRING:$_1$;$_1$", "DOLLAR_STRING:$é$x$é$");
    assertThat(PostgresScanner.value("$fn$ body $fn$", only("$fn$ body $fn$"))).isEqualTo(" body ");
    assertThat(PostgresScanner.value("$$$$", only("$$$$"))).isEmpty();
  }

  @Test
  void aDollarInsideAWordOrBeforeADigitIsNoTag() {
    assertThat(scan("a$1 a$b$ c $1 $12x $1$")).containsExactly("WORD:a$1", "WORD:a$b$", "WORD:c", "PARAMETER:$1",
        "PARAMETER:$12", "WORD:x", "PARAMETER:$1", "PUNCTUATION:$");
    assertThat(scan("$a b$")).containsExactly("PUNCTUATION:$", "WORD:a", "WORD:b$");
    assertThat(scan("1$a$;$a$")).containsExactly("NUMBER:1", "DOLLAR_STRING:$a$;$a$");
  }

  @Test
  void commentsNestAndLineCommentsStopBeforeTheNewline() {
    assertThat(scan("/* a /* b */ c */x-- y 'z\nw")).containsExactly("BLOCK_COMMENT:/* a /* b */ c */", "WORD:x",
        "LINE_COMMENT:-- y 'z", "WORD:w");
    assertThat(scan("/**/ /*/ x */")).containsExactly("BLOCK_COMMENT:/**/", "BLOCK_COMMENT:/*/ x */");
    assertThat(scan("'--' \"/*\" $$--$$")).containsExactly("STRING:'--'", "QUOTED_IDENTIFIER:\"/*\"",
        "DOLLAR_STRING:$$--$$");
  }

  @Test
  void openTokensRunToTheEndUnterminated() {
    assertThat(scan("x 'abc")).containsExactly("WORD:x", "STRING:'abc…");
    assertThat(scan("'it''")).containsExactly("STRING:'it''…");
    assertThat(scan("E'\\'")).containsExactly("ESCAPE_STRING:E'\\'…");
    assertThat(scan("\"a")).containsExactly("QUOTED_IDENTIFIER:\"a…");
    assertThat(scan("$t$ body $T$")).containsExactly("DOLLAR_STRING:$t$ body $T$…");
    assertThat(scan("/* /* */")).containsExactly("BLOCK_COMMENT:/* /* */…");
    assertThat(scan("-- no newline")).containsExactly("LINE_COMMENT:-- no newline");
    assertThat(PostgresScanner.value("'ab", only("'ab"))).isEqualTo("ab");
    assertThat(PostgresScanner.value("$t$ab", only("$t$ab"))).isEqualTo("ab");
  }

  @Test
  void wordsNumbersAndOperatorsAsTheServerReadsThem() {
    assertThat(scan("Foo_1$ _x é 1.5e-3 .5 1_000 1..2 3e x::int")).containsExactly("WORD:Foo_1$", "WORD:_x", "WORD:é",
        "NUMBER:1.5e-3", "NUMBER:.5", "NUMBER:1_000", "NUMBER:1", "PUNCTUATION:.", "NUMBER:.2", "NUMBER:3", "WORD:e",
        "WORD:x", "OPERATOR:::", "WORD:int");
    // a trailing + or - leaves a plain operator, not one with ~ ! @ # % ^ & | ` ?
    assertThat(scan("a=-1 b<>-c d@-e f*/*c*/g h-/**/-i")).containsExactly("WORD:a", "OPERATOR:=", "OPERATOR:-",
        "NUMBER:1", "WORD:b", "OPERATOR:<>", "OPERATOR:-", "WORD:c", "WORD:d", "OPERATOR:@-", "WORD:e", "WORD:f",
        "OPERATOR:*", "BLOCK_COMMENT:/*c*/", "WORD:g", "WORD:h", "OPERATOR:-", "BLOCK_COMMENT:/**/", "OPERATOR:-",
        "WORD:i");
    assertThat(scan("a;b,(c)[d]:e\\")).containsExactly("WORD:a", "PUNCTUATION:;", "WORD:b", "PUNCTUATION:,",
        "PUNCTUATION:(", "WORD:c", "PUNCTUATION:)", "PUNCTUATION:[", "WORD:d", "PUNCTUATION:]", "PUNCTUATION::",
        "WORD:e", "PUNCTUATION:\\");
  }

  @Test
  void depthCountsParenthesesOutsideQuotesAndComments() {
    String text = "f(a, '(', \"(\", /* ( */ $$($$, (b)) , c)";
    List<Token> tokens = PostgresScanner.tokens(text);
    List<String> commas = tokens.stream().filter(t -> t.isPunctuation(text, ','))
        .map(t -> t.start() + "@" + t.depth()).toList();
    assertThat(commas).containsExactly("3@1", "8@1", "13@1", "28@1", "35@0");
    Token open = tokens.stream().filter(t -> t.isPunctuation(text, '(')).findFirst().orElseThrow();
    Token close = tokens.get(tokens.size() - 1);
    assertThat(open.depth()).isZero();
    assertThat(close.depth()).isEqualTo(-1);
  }

  @Test
  void tokensCoverTheTextInOrder() {
    String text = "CREATE FUNCTION f() AS $$ x $$; -- c\n/* d */ SELECT E'\\'', \"q\" FROM t WHERE a<>$1";
    StringBuilder joined = new StringBuilder();
    int end = 0;
    for (Token t : PostgresScanner.tokens(text)) {
      assertThat(t.start()).isEqualTo(end);
      assertThat(t.end()).isGreaterThan(t.start());
      joined.append(text, t.start(), t.end());
      end = t.end();
    }
    assertThat(joined.toString()).isEqualTo(text);
  }

  @Test
  void aScannerCanStartInsideTheTextAndSkipAhead() {
    String text = "x 'a(' (b)";
    PostgresScanner s = new PostgresScanner(text, 7);
    Token open = s.next();
    assertThat(s.text(open)).isEqualTo("(");
    assertThat(s.depth()).isEqualTo(1);
    s.skipTo(9);
    assertThat(s.text(s.next())).isEqualTo(")");
    assertThat(s.hasNext()).isFalse();
    assertThatThrownBy(s::next).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> s.skipTo(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void blankAndQuotedKinds() {
    assertThat(only(" \t\n").isBlank()).isTrue();
    assertThat(only("-- x").isBlank()).isTrue();
    assertThat(only("/* x */").isBlank()).isTrue();
    assertThat(only("'x'").isQuoted()).isTrue();
    assertThat(only("E'x'").isQuoted()).isTrue();
    assertThat(only("\"x\"").isQuoted()).isTrue();
    assertThat(only("$$x$$").isQuoted()).isTrue();
    assertThat(only("x").isQuoted()).isFalse();
    assertThat(only("$1").isQuoted()).isFalse();
  }
}
