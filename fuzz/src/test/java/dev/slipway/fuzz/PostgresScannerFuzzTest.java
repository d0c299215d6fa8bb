package dev.slipway.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.slipway.introspect.SqlScript;
import dev.slipway.model.postgres.PostgresScanner;
import dev.slipway.model.postgres.PostgresScanner.Kind;
import dev.slipway.model.postgres.PostgresScanner.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The one PostgreSQL scanner ({@link PostgresScanner}) against two references that share none of its
 * code: on any text, a regular-expression reading of the same rules ({@link PostgresLexicalReference});
 * on generated text, the tokens it was built from ({@link PostgresLexicalGrammar}). On top of it, the
 * psql-style script splitter must cut a script exactly at its statements' semicolons and nowhere inside a
 * string, identifier, dollar quote or comment.
 */
class PostgresScannerFuzzTest {
  static final String SEED_ANY = "1918";
  static final String SEED_BUILT = "7373";
  static final String SEED_SCRIPTS = "3141";
  static final String TARGET = "PostgresScanner";
  static final String SPLIT = "SqlScript.split(POSTGRES) on built scripts";
  private static final List<String> SEEDS = Seeds.postgresSql();
  private static final Set<Kind> CAN_BE_OPEN = Set.of(Kind.STRING, Kind.ESCAPE_STRING, Kind.QUOTED_IDENTIFIER,
      Kind.DOLLAR_STRING, Kind.BLOCK_COMMENT);

  /** Any text: tokens cover it in order, only the last may be open, and each is what the reference reads. */
  @Property(tries = 1500, seed = SEED_ANY, shrinking = ShrinkingMode.BOUNDED)
  void anyTextScansLikeTheReference(@ForAll("anyText") Input in) {
    String text = in.text();
    List<Token> tokens = assertTimeoutPreemptively(Outcomes.BOUND, () -> PostgresScanner.tokens(text));
    StringBuilder joined = new StringBuilder();
    int end = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      assertThat(t.start()).as("token %d starts where the previous one ended", i).isEqualTo(end);
      assertThat(t.end()).as("token %d is not empty", i).isGreaterThan(t.start());
      if (!t.terminated()) {
        assertThat(i).as("only the last token is open").isEqualTo(tokens.size() - 1);
        assertThat(CAN_BE_OPEN).contains(t.kind());
        assertThat(t.end()).isEqualTo(text.length());
      }
      joined.append(text, t.start(), t.end());
      end = t.end();
    }
    assertThat(joined.toString()).isEqualTo(text);
    assertThat(lexemes(tokens)).isEqualTo(PostgresLexicalReference.lex(text));

    Set<Integer> semicolons = PostgresLexicalReference.lex(text).stream()
        .filter(l -> l.kind().equals("PUNCTUATION") && text.charAt(l.start()) == ';')
        .map(PostgresLexicalReference.Lexeme::start).collect(Collectors.toCollection(HashSet::new));
    for (SqlScript.Statement s : SqlScript.split(text)) {
      int after = s.offset() + s.sql().length();
      assertThat(after == text.length() || semicolons.contains(after))
          .as("statement at %d ends at a top-level semicolon, not inside a quote or comment", s.offset()).isTrue();
    }
    Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    FuzzReport.count(TARGET, last == null || last.terminated() ? "CLOSED" : "OPEN_" + last.kind());
  }

  /** Generated text: exactly the tokens it was built from, at their depths, and parentheses closed at the end. */
  @Property(tries = 1500, seed = SEED_BUILT, shrinking = ShrinkingMode.BOUNDED)
  void builtTextScansIntoItsTokens(@ForAll("built") PostgresLexicalGrammar.Built built) {
    String text = built.text();
    PostgresScanner scanner = new PostgresScanner(text);
    List<PostgresLexicalGrammar.Piece> found = new ArrayList<>();
    while (scanner.hasNext()) {
      Token t = scanner.next();
      assertThat(t.terminated()).as("token at %d is closed", t.start()).isTrue();
      if (t.kind() == Kind.SPACE) {
        assertThat(scanner.text(t).isBlank()).isTrue();
      } else {
        found.add(new PostgresLexicalGrammar.Piece(t.kind().name(), scanner.text(t), t.depth()));
      }
    }
    assertThat(found).isEqualTo(built.pieces());
    assertThat(scanner.depth()).as("depth after balanced parentheses").isZero();
    assertThat(lexemes(PostgresScanner.tokens(text))).isEqualTo(PostgresLexicalReference.lex(text));
    FuzzReport.count(TARGET, "BUILT");
  }

  /** A script of generated statements splits into exactly those statements, at the offsets they start. */
  @Property(tries = 1000, seed = SEED_SCRIPTS, shrinking = ShrinkingMode.BOUNDED)
  void scriptsSplitAtTheirStatementsOnly(@ForAll("scripts") List<PostgresLexicalGrammar.Built> statements,
      @ForAll("separators") List<String> separators, @ForAll boolean trailingSemicolon) {
    StringBuilder script = new StringBuilder();
    List<SqlScript.Statement> expected = new ArrayList<>();
    String before = "";
    for (int i = 0; i < statements.size(); i++) {
      expected.add(new SqlScript.Statement(before + statements.get(i).text(), script.length()));
      script.append(before).append(statements.get(i).text());
      if (i < statements.size() - 1 || trailingSemicolon) script.append(';');
      before = separators.get(i % separators.size());
    }
    if (trailingSemicolon) script.append(before);
    assertThat(SqlScript.split(script.toString())).isEqualTo(expected);
    FuzzReport.count(SPLIT, "STATEMENTS");
  }

  private static List<PostgresLexicalReference.Lexeme> lexemes(List<Token> tokens) {
    return tokens.stream()
        .map(t -> new PostgresLexicalReference.Lexeme(t.kind().name(), t.start(), t.end(), t.depth(), t.terminated()))
        .toList();
  }

  @Provide
  Arbitrary<Input> anyText() {
    return Arbitraries.oneOf(Input.mutated("postgres-seed", SEEDS, Mutation.SQL_TOKENS),
        Input.generated("postgres-grammar", Grammar::postgresSql, Mutation.SQL_TOKENS),
        Input.generated("lexical-soup", PostgresScannerFuzzTest::soup, Mutation.SQL_TOKENS));
  }

  @Provide
  Arbitrary<PostgresLexicalGrammar.Built> built() {
    return Arbitraries.randomValue(r -> PostgresLexicalGrammar.tokens(r, 12));
  }

  @Provide
  Arbitrary<List<PostgresLexicalGrammar.Built>> scripts() {
    return Arbitraries.randomValue(r -> PostgresLexicalGrammar.statement(r, 8)).list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<String>> separators() {
    return Arbitraries.of("", " ", "\n", "\n\n", " -- between\n", "/* between; */").list().ofMinSize(1).ofMaxSize(3);
  }

  /** Short text made of the characters and pairs that start or end tokens, in any order. */
  private static String soup(Random r) {
    List<String> parts = List.of("'", "''", "\"", "$", "$$", "$a$", "$1", "E'", "e'", "B'", "\\", "\\'", "--", "/*",
        "*/", "(", ")", ";", ",", ".", ":", "::", "-", "+", "*", "/", "<>", "=-", "@-", "1", "1.5", ".5", "1e", "e5",
        "_", "a", "é", "😀", "\n", " ", "\t", "\u00a0", "\u2003", "BEGIN ATOMIC", "CASE", "END", "U&'");
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) b.append(parts.get(r.nextInt(parts.size())));
    return b.toString();
  }

  @AfterContainer
  static void report() {
    FuzzReport.write(TARGET, SEED_ANY + "/" + SEED_BUILT, "");
    FuzzReport.write(SPLIT, SEED_SCRIPTS, "");
  }
}
