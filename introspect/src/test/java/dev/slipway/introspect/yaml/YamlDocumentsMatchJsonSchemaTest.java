package dev.slipway.introspect.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import dev.slipway.testing.SlipwayJsonSchema;
import dev.slipway.testing.SlipwayJsonSchema.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every YAML document in the repository, and every YAML block of docs/yaml.md, validates against
 * docs/schema/slipway-schema.json; documents the reader refuses are refused by the schema too where a JSON
 * Schema can say so. (The writer's output is checked in YamlSchemaWriterTest and the round-trip tests.)
 */
class YamlDocumentsMatchJsonSchemaTest {
  private static final Path ROOT = SlipwayJsonSchema.schemaFile().getParent().getParent().getParent();

  /** YAML files that are not Slipway schema documents, and why. Every other YAML file must validate. */
  private static final Map<String, String> NOT_SCHEMA_DOCUMENTS = Map.of(
      "action.yml", "GitHub Action metadata for running Slipway in CI",
      "deploy/k8s-drift-cronjob.yaml", "Kubernetes CronJob manifest that runs slipway drift");

  private static List<Path> yamlFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(p -> !excludedDirectory(ROOT.relativize(p)))
          .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted().toList();
    }
  }

  /** Build output and tool directories (target/, .git/, .idea/, …) hold no sources. */
  private static boolean excludedDirectory(Path relative) {
    for (Path part : relative) {
      String s = part.toString();
      if (s.equals("target") || s.equals("node_modules") || (s.startsWith(".") && s.length() > 1)) return true;
    }
    return false;
  }

  @TestFactory
  Stream<DynamicTest> everyYamlFileInTheRepositoryValidatesUnlessItIsNoSchemaDocument() throws IOException {
    List<Path> files = yamlFiles();
    List<String> names = files.stream().map(p -> ROOT.relativize(p).toString().replace('\\', '/')).toList();
    assertThat(names).as("stale exclusions").containsAll(NOT_SCHEMA_DOCUMENTS.keySet());
    assertThat(names).as("the walk finds the reader's example files")
        .contains("introspect/src/test/resources/yaml/postgres-full.yaml");
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String name = names.get(i);
      Path file = files.get(i);
      if (NOT_SCHEMA_DOCUMENTS.containsKey(name)) continue;
      tests.add(DynamicTest.dynamicTest(name, () ->
          SlipwayJsonSchema.assertValid(name, Files.readString(file, StandardCharsets.UTF_8))));
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(5);
    return tests.stream();
  }

  /**
   * Whole documents validate as documents; the "# or" block is three documents; the foreign_keys: and
   * indexes: blocks are parts of a table and validate against $defs/table.
   */
  @TestFactory
  Stream<DynamicTest> everyYamlBlockOfTheDocValidates() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/yaml.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(doc);
    List<DynamicTest> tests = new ArrayList<>();
    while (m.find()) {
      int line = (int) doc.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 2;
      String[] parts = m.group(1).split("\n# or\n");
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        String name = "docs/yaml.md block at line " + line + (parts.length > 1 ? " part " + (i + 1) : "");
        String body = part.replaceAll("(?m)^#.*\n", "");
        String definition = body.startsWith("foreign_keys:") || body.startsWith("indexes:") ? "table" : "document";
        tests.add(DynamicTest.dynamicTest(name, () -> SlipwayJsonSchema.assertValid(name, part, definition)));
      }
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(12);
    return tests.stream();
  }

  /** A malformed document the reader refuses, and the JSON Pointer at which the schema refuses it too. */
  private record Refused(String what, String yaml, String pointer) {}

  private static final String HEAD = "dialect: postgresql\ntables:\n  app.users:\n    columns:\n";

  /** The inputs of YamlReaderErrorsTest and BadInputIT that are about shape, which a JSON Schema can check. */
  private static final List<Refused> REFUSED = List.of(
      new Refused("unknown key", HEAD + "      - {name: id, type: bigint, nulable: false}\n",
          "/tables/app.users/columns/0"),
      new Refused("unknown top-level key", "dialect: postgresql\nbananas: 3\n", ""),
      new Refused("unknown key in the list form", "dialect: postgresql\ntables:\n  - name: public.a\n    colums: []\n",
          "/tables/0"),
      new Refused("boolean expected", HEAD + "      - {name: id, type: bigint, not_null: maybe}\n",
          "/tables/app.users/columns/0/not_null"),
      new Refused("a list where a mapping belongs", HEAD + "      - [id, bigint]\n", "/tables/app.users/columns/0"),
      new Refused("missing name", HEAD + "      - type: bigint\n", "/tables/app.users/columns/0"),
      new Refused("a number where a list belongs", "dialect: postgresql\ntables:\n  - name: public.a\n    columns: 7\n",
          "/tables/0/columns"),
      new Refused("renamed_from on an index", HEAD + "      - {name: id, type: bigint}\n    indexes:\n"
          + "      - {columns: [id], renamed_from: old_idx}\n", "/tables/app.users/indexes/0"),
      new Refused("unknown referential action", HEAD + "      - {name: id, type: bigint}\n    foreign_keys:\n"
          + "      - {columns: [id], references: {table: app.other, columns: [id]}, on_delete: explode}\n",
          "/tables/app.users/foreign_keys/0/on_delete"),
      new Refused("near-miss identity word", HEAD + "      - {name: id, type: bigint, identity: alway}\n",
          "/tables/app.users/columns/0/identity"),
      new Refused("top level is a list", "- dialect: postgresql\n", ""),
      new Refused("unknown dialect", "dialect: oracle\n", "/dialect"),
      new Refused("columns as a number in the keyed form", "tables:\n  app.u: {columns: 3}\n", "/tables/app.u/columns"));

  @TestFactory
  Stream<DynamicTest> malformedShapesAreRefusedWhereTheReaderRefusesThem() {
    return REFUSED.stream().map(r -> DynamicTest.dynamicTest(r.what(), () -> {
      assertReaderRefuses(r.yaml());
      List<Problem> problems = SlipwayJsonSchema.problems(r.yaml());
      assertThat(problems).as(r.yaml()).isNotEmpty();
      assertThat(problems).as(r.yaml()).extracting(Problem::pointer).contains(r.pointer());
    }));
  }

  /**
   * Where the schema is stricter than the reader, as docs/yaml.md says ("the reader also takes SQL spellings
   * (SET NULL), which an editor will underline"; a key with an empty value is a YAML null, which the reader
   * takes as not given): the reader reads these, the schema flags them.
   */
  private static final List<Refused> STRICTER_THAN_THE_READER = List.of(
      new Refused("an action in SQL spelling", HEAD + "      - {name: p, type: int, not_null: true}\n"
          + "    primary_key: [p]\n    foreign_keys:\n"
          + "      - {columns: [p], references: {table: app.users, columns: [p]}, on_delete: SET NULL}\n",
          "/tables/app.users/foreign_keys/0/on_delete"),
      new Refused("an empty value", HEAD + "      - name: a\n        type: int\n        default:\n",
          "/tables/app.users/columns/0/default"));

  @TestFactory
  Stream<DynamicTest> whereTheSchemaIsStricterTheReaderStillReads() {
    return STRICTER_THAN_THE_READER.stream().map(r -> DynamicTest.dynamicTest(r.what(), () -> {
      new YamlSchemaReader().read(List.of(new SourceFile("s.yaml", r.yaml())));
      assertThat(SlipwayJsonSchema.problems(r.yaml())).as(r.yaml()).extracting(Problem::pointer).contains(r.pointer());
    }));
  }

  /**
   * Errors only the reader can find, so the schema passes these documents: a JSON Schema cannot compare
   * values across a document (duplicates, references to columns and tables, which file sets the dialect) or
   * check the model's own rules. Listed so that the boundary is known; if the schema learns one, move it up.
   */
  private static final Map<String, String> BEYOND_THE_SCHEMA = Map.of(
      "duplicate column", HEAD + "      - {name: id, type: bigint}\n      - {name: id, type: text}\n",
      "unknown column in an index", HEAD + "      - {name: email, type: text}\n    indexes:\n      - columns: [emial]\n",
      "unknown column in the primary key", HEAD + "      - {name: id, type: bigint}\n    primary_key: [id, other]\n",
      "foreign key to a missing table", HEAD + "      - {name: p, type: int}\n    foreign_keys:\n"
          + "      - {columns: [p], references: {table: app.q, columns: [id]}}\n",
      "nullable identity column", HEAD + "      - {name: id, type: bigint, identity: always, nullable: true}\n",
      "missing dialect (another file may give it)", "tables: {}\n",
      "three-part table name", "dialect: postgresql\ntables:\n  a.b.c: {}\n",
      "zero sequence increment", "dialect: postgresql\nsequences:\n  app.s:\n    increment: 0\n");

  @TestFactory
  Stream<DynamicTest> errorsBeyondTheSchemaPassIt() {
    return BEYOND_THE_SCHEMA.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      assertReaderRefuses(e.getValue());
      assertThat(SlipwayJsonSchema.problems(e.getValue())).as(e.getValue()).isEmpty();
    }));
  }

  private static void assertReaderRefuses(String yaml) {
    assertThatThrownBy(() -> new YamlSchemaReader().read(List.of(new SourceFile("s.yaml", yaml))))
        .as(yaml).isInstanceOf(IntrospectionException.class);
  }

  /** Text that is no YAML at all never reaches the schema. */
  @Test
  void syntaxErrorsAreNotSchemaVerdicts() {
    assertThatThrownBy(() -> SlipwayJsonSchema.problems(HEAD + "      - name: id\n\ttype: bigint\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SlipwayJsonSchema.problems(HEAD + "      - {name: id, type: big"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The failure names the document and the JSON Pointer, so a broken fixture is found at once. */
  @Test
  void aFailureNamesTheFileAndThePointer() {
    assertThatThrownBy(() -> SlipwayJsonSchema.assertValid("t.yaml", HEAD + "      - {name: id, type: 7.5x, nulable: 1}\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("t.yaml does not match docs/schema/slipway-schema.json:")
        .hasMessageContaining("/tables/app.users/columns/0: ");
  }
}
