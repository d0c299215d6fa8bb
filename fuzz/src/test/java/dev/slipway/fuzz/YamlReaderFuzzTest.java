package dev.slipway.fuzz;

import dev.slipway.introspect.SourceFile;
import dev.slipway.introspect.yaml.YamlSchemaReader;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/** The YAML desired-state reader on generated and mutated documents: a schema or one located error, in bounded time. */
class YamlReaderFuzzTest {
  static final String SEED_MUTATED = "1958";
  static final String SEED_GENERATED = "31337";
  static final String SEED_TWO_FILES = "606";
  static final String TARGET = "YamlSchemaReader";
  private static final List<String> SEEDS = Seeds.yaml();

  @Property(tries = 2500, seed = SEED_MUTATED, shrinking = ShrinkingMode.BOUNDED)
  void mutatedDocumentedExamples(@ForAll("mutated") Input in) {
    read(in.text());
  }

  @Property(tries = 1500, seed = SEED_GENERATED, shrinking = ShrinkingMode.BOUNDED)
  void generatedDocuments(@ForAll("generated") Input in) {
    read(in.text());
  }

  /** Two files merged: duplicate objects across files, contradicting dialects, references between them. */
  @Property(tries = 300, seed = SEED_TWO_FILES, shrinking = ShrinkingMode.BOUNDED)
  void twoFiles(@ForAll("mutated") Input first, @ForAll("generated") Input second) {
    List<SourceFile> files = List.of(new SourceFile("a.yaml", first.text()), new SourceFile("dir/b.yml", second.text()));
    FuzzReport.count(TARGET, Outcomes.check(files, () -> new YamlSchemaReader().read(files)));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void tenMegabyteFiles(@ForAll BigInputs kind) {
    List<SourceFile> files = List.of(new SourceFile("big.yaml", kind.yaml()));
    FuzzReport.count(TARGET, Outcomes.check(files, Duration.ofSeconds(60), () -> new YamlSchemaReader().read(files)));
  }

  /** Alias bombs ("billion laughs") and merge-key chains must not blow up time or memory. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void aliasBombs(@ForAll("bombs") String text) {
    read(text);
  }

  @Provide
  Arbitrary<Input> mutated() {
    return Input.mutated("yaml-example", SEEDS, Mutation.YAML_TOKENS);
  }

  @Provide
  Arbitrary<Input> generated() {
    return Input.generated("yaml-grammar", Grammar::yaml, Mutation.YAML_TOKENS);
  }

  @Provide
  Arbitrary<String> bombs() {
    StringBuilder laughs = new StringBuilder("dialect: postgresql\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 12; i++) {
      laughs.append("x").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9))
          .append("*a").append(i - 1).append("]\n");
    }
    StringBuilder inTables = new StringBuilder("dialect: postgresql\ntables:\n  t0: &t0\n    columns: [{name: id, type: int}]\n");
    for (int i = 1; i < 40; i++) inTables.append("  t").append(i).append(": &t").append(i).append("\n    <<: *t").append(i - 1).append('\n');
    StringBuilder columnBomb = new StringBuilder("dialect: postgresql\ntables:\n  t:\n    columns: &c0 [{name: id, type: int}]\n");
    return net.jqwik.api.Arbitraries.of(laughs.toString(), laughs.toString().replace("x11:", "tables:"),
        inTables.toString(), columnBomb + "    indexes: [{columns: *c0}, {columns: *c0}]\n",
        "dialect: postgresql\ntables: &t\n  a: {columns: *t}\n", "dialect: &d postgresql\ndefault_schema: *d\nx: *undefined\n");
  }

  private static void read(String text) {
    List<SourceFile> files = List.of(new SourceFile("fuzz.yaml", text));
    FuzzReport.count(TARGET, Outcomes.check(files, () -> new YamlSchemaReader().read(files)));
  }

  @AfterContainer
  static void report() {
    FuzzReport.write(TARGET, SEED_MUTATED + "/" + SEED_GENERATED + "/" + SEED_TWO_FILES
        + " (+6 ten-megabyte files, 6 alias bombs)", "");
  }
}
