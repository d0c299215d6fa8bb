package dev.slipway.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * One edit of a text, as data, so that jqwik can shrink a failing input to the fewest and smallest edits.
 * {@code at} (0..1) picks the position relative to the text's length (or to the number of lines, words or
 * occurrences), {@code size} the extent or depth, {@code payload} what is put in.
 */
record Mutation(Kind kind, double at, int size, String payload) {
  enum Kind {
    /** Cut the text at a position. */
    TRUNCATE,
    /** Cut right after an occurrence of the payload's first character: inside a string, a list, a comment... */
    TRUNCATE_AFTER,
    /** Replace one character by the payload. */
    FLIP,
    /** Insert the payload. */
    INSERT,
    /** Delete {@code size} characters. */
    DELETE,
    /** Repeat {@code size} lines in place: duplicated columns, keys, statements. */
    DUPLICATE_LINES,
    /** The whole text twice: every object defined twice. */
    DUPLICATE_ALL,
    /** Swap two lines. */
    SWAP_LINES,
    /** Replace one word (identifier, keyword or type) by the payload. */
    REPLACE_WORD,
    /** Wrap a position in {@code size} levels of the payload's bracket (or YAML block nesting). */
    NEST
  }

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  String apply(String text) {
    int n = text.length();
    int pos = (int) Math.min(n, Math.floor(at * (n + 1)));
    switch (kind) {
      case TRUNCATE:
        return text.substring(0, pos);
      case TRUNCATE_AFTER: {
        char c = payload.isEmpty() ? '(' : payload.charAt(0);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < n; i++) if (text.charAt(i) == c) hits.add(i);
        if (hits.isEmpty()) return text.substring(0, pos);
        return text.substring(0, hits.get(index(hits.size())) + 1);
      }
      case FLIP:
        return pos >= n ? text + payload : text.substring(0, pos) + payload + text.substring(pos + 1);
      case INSERT:
        return text.substring(0, pos) + payload + text.substring(pos);
      case DELETE:
        return text.substring(0, pos) + text.substring(Math.min(n, pos + size));
      case DUPLICATE_LINES: {
        List<String> lines = lines(text);
        int from = index(lines.size());
        int to = Math.min(lines.size(), from + Math.min(size, 50));
        List<String> out = new ArrayList<>(lines.subList(0, to));
        out.addAll(lines.subList(from, to));
        out.addAll(lines.subList(to, lines.size()));
        return String.join("\n", out);
      }
      case DUPLICATE_ALL:
        return text + "\n" + text;
      case SWAP_LINES: {
        List<String> lines = new ArrayList<>(lines(text));
        int a = index(lines.size());
        int b = (a + size) % lines.size();
        String t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
        return String.join("\n", lines);
      }
      case REPLACE_WORD: {
        Matcher m = WORD.matcher(text);
        List<int[]> words = new ArrayList<>();
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        if (words.isEmpty()) return text.substring(0, pos) + payload + text.substring(pos);
        int[] w = words.get(index(words.size()));
        return text.substring(0, w[0]) + payload + text.substring(w[1]);
      }
      case NEST:
        return nest(text, pos);
      default:
        throw new IllegalStateException(kind.toString());
    }
  }

  private String nest(String text, int pos) {
    // Only bracket-like payloads nest; any other payload picks one, so the text stays bounded by size.
    String open = NESTING.contains(payload) ? payload : NESTING.get(Math.floorMod(payload.hashCode(), NESTING.size()));
    String close = switch (open) {
      case "(" -> ")";
      case "[" -> "]";
      case "{" -> "}";
      case "{a: " -> "}";
      case "- " -> "";
      case "k:\n" -> "";
      case "/*" -> "*/";
      case "BEGIN " -> " END";
      case "CASE WHEN true THEN " -> " END";
      default -> "";
    };
    StringBuilder b = new StringBuilder(text.length() + size * (open.length() + close.length() + 2));
    b.append(text, 0, pos);
    if (open.equals("k:\n")) {
      // Block nesting: each level one more space of indentation.
      int levels = Math.min(size, 2000); // indentation grows quadratically
      for (int i = 0; i < levels; i++) b.append(" ".repeat(i)).append("k:\n");
      b.append(" ".repeat(levels)).append("v\n");
    } else {
      b.append(open.repeat(size)).append("1").append(close.repeat(size));
    }
    b.append(text, pos, text.length());
    return b.toString();
  }

  private int index(int count) {
    return Math.min(count - 1, (int) Math.floor(at * count));
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  @Override
  public String toString() {
    String p = payload.length() > 40 ? payload.substring(0, 40) + "…(" + payload.length() + " chars)" : payload;
    return kind + "@" + String.format("%.4f", at) + "x" + size + (payload.isEmpty() ? "" : "[" + escape(p) + "]");
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f || (c >= 0xD800 && c <= 0xDFFF)) b.append(String.format("\\u%04X", c));
      else b.appendCodePoint(c);
    });
    return b.toString();
  }

  /** Edits whose payloads mix {@code tokens} (dialect-specific) with hostile text of every kind. */
  static Arbitrary<Mutation> arbitrary(List<String> tokens) {
    Arbitrary<Kind> kind = Arbitraries.of(Kind.class);
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<Integer> size = Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.integers().between(1, 8)),
        Tuple.of(2, Arbitraries.integers().between(9, 200)),
        Tuple.of(1, Arbitraries.of(1000, 5000, 20_000)));
    Arbitrary<String> payload = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.of(tokens)),
        Tuple.of(3, Arbitraries.of(HOSTILE)),
        Tuple.of(2, Arbitraries.strings().ofMinLength(0).ofMaxLength(12)),
        Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6)),
        Tuple.of(1, Arbitraries.of(HUGE)));
    return Combinators.combine(kind, at, size, payload).as(Mutation::new);
  }

  /** Text that is hostile to any reader: controls, odd line ends, lone surrogates, BOM, 10k-character names. */
  static final List<String> HOSTILE = List.of("\u0000", "\r", "\r\n", "\t", "\u000B", "\f", "\u0085", "\u2028",
      "\uFEFF", "\uD800", "\uDC00", "\uFFFF", "\uFFFD", "😀", "ß", "İ", "\\", "\\'", "'", "\"", "`", "$", "$$",
      "$a$", "\n", ";", ",", "(", ")", "--", "/*", "*/", "#", "%", "&", "*", "!", "|", ">", "?", "@", "[", "]", "{",
      "}", ":", "::", "=", "-", "+", ".", "..", "...", "0", "-1", "99999999999999999999999", "1e999", "NaN", "NULL",
      "null", "~", "true", "yes");

  static final List<String> HUGE = List.of("x".repeat(10_000), "\"" + "y".repeat(10_000) + "\"",
      "`" + "z".repeat(10_000) + "`", "'" + "s".repeat(10_000) + "'", "é".repeat(10_000),
      "a_".repeat(5_000) + " " + "int", "1".repeat(10_000));

  static final List<String> SQL_TOKENS = List.of("CREATE TABLE", "CREATE TABLE t (id int);", "CREATE INDEX",
      "CREATE VIEW v AS SELECT 1;", "CREATE UNIQUE INDEX ON", "PRIMARY KEY", "PRIMARY KEY (id)", "REFERENCES",
      "REFERENCES nowhere (id)", "REFERENCES public.users (nope)", "FOREIGN KEY", "UNIQUE", "CHECK (", "CHECK (x > 0)",
      "DEFAULT", "DEFAULT now()", "NOT NULL", "NULL", "CONSTRAINT", "GENERATED ALWAYS AS IDENTITY",
      "GENERATED ALWAYS AS (1) STORED", "COLLATE \"C\"", "ON DELETE CASCADE", "DEFERRABLE", "INCLUDE", "WHERE",
      "USING gin", "ALTER TABLE", "ALTER TABLE t ADD COLUMN c int;", "DROP TABLE", "COMMENT ON TABLE t IS 'x';",
      "COMMENT ON COLUMN", "CREATE SEQUENCE", "CREATE TYPE e AS ENUM ('a');", "CREATE SCHEMA s;", "CREATE EXTENSION",
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;", "CREATE TRIGGER", "PARTITION BY RANGE (",
      "PARTITION OF", "FOR VALUES FROM (1) TO (2)", "INHERITS", "no_such_type", "integr", "varchar(-1)",
      "numeric(1000,2000)", "int[][][]", "character varying(0)", "timestamp(99)", "bit(0)", "interval year to",
      "\"\"", "\"a\"\"b\"", "E'\\''", "U&\"\\0000\"", "-- @renamed from=old", "-- @renamed from=", "BEGIN ATOMIC",
      "END", "CASE", "$$", "$tag$", "'", "'';", "(", ")", ",", ";", "public.", "a.b.c.d", "\\restrict key",
      "SET search_path = s;", "SELECT pg_catalog.set_config('search_path', '', false);", "AUTO_INCREMENT",
      "ENGINE=InnoDB", "KEY k (a)", "`a`", "DELIMITER $$", "DELIMITER ;", "# @renamed from=x", "ON UPDATE CURRENT_TIMESTAMP",
      "FULLTEXT KEY", "AS (a + 1) VIRTUAL", "enum('a','b')", "set('a')", "CHARSET=utf8mb4", "COMMENT 'x'");

  static final List<String> YAML_TOKENS = List.of("dialect: postgresql\n", "dialect: mysql\n", "dialect: oracle\n",
      "tables:\n", "tables: []\n", "tables: {}\n", "tables: 7\n", "columns:\n", "columns: 7", "- {name: id, type: int}",
      "- {name: id, type: no_such_type}", "- name: x\n", "name: ", "type: ", "primary_key: [id]", "primary_key: [nope]",
      "unique:\n  - [nope]", "references: {table: nowhere, columns: [id]}", "foreign_keys:", "indexes:", "checks:",
      "default: ", "not_null: maybe", "not_null: true", "identity: sometimes", "renamed_from: ", "renamed_from: old",
      "schema: ", "views:\n", "sequences:\n", "types:\n", "routines:\n", "kind: enum", "labels: [a, a]", "query: |",
      "&a ", "*a", "<<: *a", "!!binary", "!!int", "!custom", "!!python/object:os.system", "%YAML 1.1\n", "%TAG ! x\n",
      "---\n", "...\n", "? ", ": ", "- ", "|", ">", "|-", "'", "\"", "\\x", "#", "{", "}", "[", "]", ",", "{a: ", "k:\n",
      "  ", "\t", "colums: []", "partitioning: {strategy: range, keys: []}", "on_delete: explode", "mysql: {auto_increment: 7}");

  static final List<String> NESTING = List.of("(", "[", "{", "{a: ", "- ", "k:\n", "/*", "BEGIN ", "CASE WHEN true THEN ");
}
