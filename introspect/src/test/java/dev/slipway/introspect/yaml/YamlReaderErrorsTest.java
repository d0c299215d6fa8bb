package dev.slipway.introspect.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every malformed input is reported as file:line:column: and names the object that is wrong. */
class YamlReaderErrorsTest {
  private static final String HEAD = "dialect: postgresql\ntables:\n  app.users:\n    columns:\n";

  private static String error(String yaml) {
    return error(List.of(new SourceFile("s.yaml", yaml)));
  }

  private static String error(List<SourceFile> files) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> new YamlSchemaReader().read(files));
    assertThat(t).isInstanceOf(IntrospectionException.class);
    return t.getMessage();
  }

  @Test
  void badIndentation() {
    String msg = error(HEAD + "      - name: id\n        type: bigint\n     comment: x\n");
    assertThat(msg).startsWith("s.yaml:7:6: YAML syntax error:");
  }

  @Test
  void tabIndentation() {
    String msg = error(HEAD + "      - name: id\n\ttype: bigint\n");
    assertThat(msg).isEqualTo("s.yaml:6:1: YAML syntax error: found character tab that cannot start"
        + " any token. (Do not use tab for indentation) (while scanning for the next token)");
  }

  @Test
  void unknownKeyWithDidYouMean() {
    String msg = error(HEAD + "      - name: id\n        type: bigint\n        nulable: false\n");
    assertThat(msg).isEqualTo("s.yaml:7:9: table app.users, column id: unknown key 'nulable' (did you mean 'nullable'?)");
  }

  @Test
  void unknownKeyFarFromAnyListsTheKeys() {
    String msg = error("dialect: postgresql\nbananas: 3\n");
    assertThat(msg).startsWith("s.yaml:2:1: document: unknown key 'bananas'; expected one of [default_schema, dialect,");
  }

  @Test
  void wrongValueType() {
    String msg = error(HEAD + "      - name: id\n        type: bigint\n        not_null: maybe\n");
    assertThat(msg).isEqualTo("s.yaml:7:19: table app.users, column id, not_null: expected true or false, found a string 'maybe'");
  }

  @Test
  void listWhereAMappingBelongs() {
    String msg = error(HEAD + "      - [id, bigint]\n");
    assertThat(msg).isEqualTo("s.yaml:5:9: table app.users, column: expected a mapping, found a list");
  }

  @Test
  void missingName() {
    String msg = error(HEAD + "      - type: bigint\n");
    assertThat(msg).isEqualTo("s.yaml:5:9: table app.users, column: missing required key 'name'");
  }

  @Test
  void duplicateTableAcrossFilesNamesBothPlaces() {
    String one = "dialect: postgresql\ntables:\n  app.users:\n    columns: [{name: id, type: bigint}]\n";
    String two = "tables:\n  - name: users\n    schema: app\n    columns: [{name: id, type: bigint}]\n";
    String msg = error(List.of(new SourceFile("a.yaml", one), new SourceFile("b.yaml", two)));
    assertThat(msg).isEqualTo("b.yaml:2:5: table app.users is already defined at a.yaml:3:3");
  }

  @Test
  void duplicateColumn() {
    String msg = error(HEAD + "      - {name: id, type: bigint}\n      - {name: id, type: text}\n");
    assertThat(msg).isEqualTo("s.yaml:6:9: table app.users: duplicate column id (first defined at line 5)");
  }

  @Test
  void unknownColumnInIndex() {
    String msg = error(HEAD + "      - {name: email, type: text}\n    indexes:\n      - columns: [emial]\n");
    assertThat(msg).isEqualTo("s.yaml:7:19: table app.users, index: unknown column emial (did you mean email?)");
  }

  @Test
  void unknownColumnInPrimaryKey() {
    String msg = error(HEAD + "      - {name: id, type: bigint}\n    primary_key: [id, other]\n");
    assertThat(msg).isEqualTo("s.yaml:6:23: table app.users, primary key: unknown column other");
  }

  @Test
  void renamedFromOnANonTable() {
    String msg = error(HEAD + "      - {name: id, type: bigint}\n    indexes:\n      - columns: [id]\n"
        + "        renamed_from: old_idx\n");
    assertThat(msg).isEqualTo("s.yaml:8:9: table app.users, index: renamed_from is only allowed on tables and columns");
  }

  @Test
  void invalidOnDelete() {
    String msg = error(HEAD + "      - {name: id, type: bigint}\n    foreign_keys:\n      - columns: [id]\n"
        + "        references: {table: app.other, columns: [id]}\n        on_delete: explode\n");
    assertThat(msg).isEqualTo("s.yaml:9:20: table app.users, foreign key, on_delete: 'explode' is not one of "
        + "[no_action, restrict, cascade, set_null, set_default]");
  }

  @Test
  void emptyFile() {
    assertThat(error("")).isEqualTo("s.yaml:1:1: the file is empty; expected a mapping starting with "
        + "dialect: postgresql or dialect: mysql");
    assertThat(error("# only a comment\n")).startsWith("s.yaml:1:1: the file is empty");
    assertThat(error("---\n")).startsWith("s.yaml:1:1: the file is empty");
  }

  @Test
  void nonMappingTopLevel() {
    assertThat(error("- dialect: postgresql\n")).isEqualTo(
        "s.yaml:1:1: the top level must be a mapping (dialect:, tables:, …), found a list");
    assertThat(error("just text\n")).startsWith("s.yaml:1:1: the top level must be a mapping");
  }

  @Test
  void truncatedFile() {
    String msg = error(HEAD + "      - {name: id, type: big");
    assertThat(msg).isEqualTo("s.yaml:5:29: YAML syntax error: expected ',' or '}', but got <stream end>"
        + " (while parsing a flow mapping)");
    String quote = error(HEAD + "      - name: \"id\n");
    assertThat(quote).startsWith("s.yaml:6:1: YAML syntax error: found unexpected end of stream");
  }

  @Test
  void secondDocument() {
    assertThat(error("dialect: postgresql\n---\ntables: {}\n")).isEqualTo(
        "s.yaml:3:1: a second YAML document ('---') is not supported; use another file");
  }

  @Test
  void duplicateKey() {
    String msg = error("dialect: postgresql\ntables: {}\ndialect: mysql\n");
    assertThat(msg).isEqualTo("s.yaml:3:1: duplicate key 'dialect' (first given at line 1)");
  }

  @Test
  void invalidModelValueIsLocated() {
    String msg = error(HEAD + "      - {name: id, type: bigint, identity: always, nullable: true}\n");
    assertThat(msg).isEqualTo("s.yaml:5:9: table app.users, column id: identity column id must be NOT NULL");
    String seq = error("dialect: postgresql\nsequences:\n  app.s:\n    increment: 0\n");
    assertThat(seq).isEqualTo("s.yaml:4:5: sequence app.s: sequence increment must not be zero");
  }

  @Test
  void missingDialect() {
    assertThat(error("tables: {}\n")).isEqualTo("s.yaml:1:1: missing dialect: say dialect: postgresql or dialect: mysql");
  }

  @Test
  void contradictoryDialects() {
    String msg = error(List.of(new SourceFile("a.yaml", "dialect: postgresql\n"),
        new SourceFile("b.yaml", "dialect: mysql\n")));
    assertThat(msg).isEqualTo("b.yaml:1:10: dialect mysql contradicts dialect postgresql given at a.yaml:1:10");
  }

  @Test
  void unqualifiedNameWithoutADefaultSchemaOnMySql() {
    String msg = error("dialect: mysql\nschemas: [a, b]\ntables:\n  users:\n    columns: [{name: id, type: int}]\n");
    assertThat(msg).isEqualTo("s.yaml:4:3: table: 'users' needs a schema: write schema.users or set default_schema");
  }

  @Test
  void tooManyNameParts() {
    String msg = error("dialect: postgresql\ntables:\n  a.b.c: {}\n");
    assertThat(msg).startsWith("s.yaml:3:3: table: 'a.b.c' has 3 dot-separated parts");
  }

  @Test
  void nothingHalfReadIsReturned() {
    assertThatThrownBy(() -> new YamlSchemaReader().read(List.of(
        new SourceFile("ok.yaml", "dialect: postgresql\ntables:\n  app.t: {columns: [{name: a, type: int}]}\n"),
        new SourceFile("bad.yaml", "tables:\n  app.u: {columns: 3}\n"))))
        .isInstanceOf(IntrospectionException.class)
        .hasMessage("bad.yaml:2:20: table app.u, columns: expected a list, found a number");
  }

  @Test
  void foreignKeyToAMissingColumnOrTable() {
    String base = "dialect: postgresql\ntables:\n  app.p: {columns: [{name: id, type: int}]}\n"
        + "  app.c:\n    columns: [{name: p, type: int}]\n    foreign_keys:\n";
    assertThat(error(base + "      - {columns: [p], references: {table: app.p, columns: [idd]}}\n")).isEqualTo(
        "s.yaml:7:61: table app.c, foreign key, references: table app.p has no column idd");
    assertThat(error(base + "      - {columns: [p], references: {table: app.q, columns: [id]}}\n")).isEqualTo(
        "s.yaml:7:44: table app.c, foreign key, references: unknown table app.q");
    // a schema the files do not manage may hold anything
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new YamlSchemaReader().read(List.of(
        new SourceFile("s.yaml", base + "      - {columns: [p], references: {table: other.q, columns: [id]}}\n")))))
        .isNull();
  }

  @Test
  void ownedByAMissingColumn() {
    String msg = error("dialect: postgresql\nsequences:\n  app.s: {owned_by: app.t.nope}\n"
        + "tables:\n  app.t: {columns: [{name: id, type: int}]}\n");
    assertThat(msg).isEqualTo("s.yaml:3:21: sequence app.s, owned_by: table app.t has no column nope");
  }

  @Test
  void modelChecksTheReaderDidNotAnticipateAreStillLocated() {
    String msg = error(HEAD + "      - {name: id, type: int}\n    renamed_from: \"\"\n");
    assertThat(msg).isEqualTo("s.yaml:3:3: table app.users: rename hint for app.users: name must not be empty");
  }

  @Test
  void nearMissEnumWordGetsASuggestion() {
    String msg = error(HEAD + "      - {name: id, type: bigint, identity: alway}\n");
    assertThat(msg).isEqualTo("s.yaml:5:44: table app.users, column id, identity: 'alway' is not one of "
        + "[always, by_default] (did you mean 'always'?)");
  }
}
