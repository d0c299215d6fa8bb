package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Malformed SQL and YAML give one line on stderr naming file:line:column, exit code 1, no stack trace —
 * from {@code plan} both through the dev database and offline ({@code --dev-url none}).
 */
// Long classes start first, so the pass does not wait for one that began last (pom: ClassOrderer).
@Order(7)
class BadInputIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  record Case(String name, String file, String text, String where, String says) {}

  static final Case[] CASES = {
    new Case("truncated statement", "t.sql", "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int,\n", "t.sql:3:1:", ""),
    new Case("unknown type", "t.sql", "CREATE TABLE a (\n  id int,\n  n integr\n);\n", "t.sql:3:", "integr"),
    new Case("duplicate table", "t.sql", "CREATE TABLE a (id int);\nCREATE TABLE a (id int);\n", "t.sql:2:", "a"),
    new Case("duplicate column", "t.sql", "CREATE TABLE a (\n  id int,\n  id text\n);\n", "t.sql:", "id"),
    new Case("unterminated string", "t.sql", "CREATE TABLE a (id int DEFAULT 'x);\n", "t.sql:1:", ""),
    new Case("syntax error", "t.sql", "CREATE TABLE a (id int,, b int);\n", "t.sql:1:", ""),
    new Case("unknown referenced table", "t.sql", "CREATE TABLE a (\n  b_id int REFERENCES nowhere (id)\n);\n", "t.sql:", "nowhere"),
    new Case("yaml bad indentation", "t.yaml", "dialect: postgresql\ntables:\n  - name: public.a\n   columns: []\n", "t.yaml:4:", ""),
    new Case("yaml tab", "t.yaml", "dialect: postgresql\ntables:\n\t- name: public.a\n", "t.yaml:3:", ""),
    new Case("yaml unknown key", "t.yaml", "dialect: postgresql\ntables:\n  - name: public.a\n    colums: []\n", "t.yaml:4:5:", "colums"),
    new Case("yaml duplicate table", "t.yaml",
        "dialect: postgresql\ntables:\n  - name: public.a\n    columns: [{name: id, type: int}]\n  - name: public.a\n    columns: [{name: id, type: int}]\n",
        "t.yaml:5:", "public.a"),
    new Case("yaml wrong type", "t.yaml", "dialect: postgresql\ntables:\n  - name: public.a\n    columns: 7\n", "t.yaml:4:", "columns"),
    new Case("invalid UTF-8", "t.sql", "", "t.sql:1:8:", "not valid UTF-8"),
  };

  @TestFactory
  Stream<DynamicTest> eachGivesOneLocatedLineAndExitOne() throws Exception {
    Path good = Files.createTempFile("good", ".sql");
    Files.writeString(good, "CREATE TABLE a (id int);\n");
    String dev = db.urlWithCredentials(db.server().adminDatabase());
    // Offline, any type name is accepted: only an engine knows every type (built-in, extension, user).
    return Stream.of(CASES).flatMap(c -> Stream.of("dev", "offline")
        .filter(mode -> !(mode.equals("offline") && c.name().equals("unknown type"))).map(mode -> DynamicTest.dynamicTest(c.name() + " (" + mode + ")", () -> {
      Path dir = Files.createTempDirectory("bad");
      Path file = dir.resolve(c.file());
      if (c.name().equals("invalid UTF-8")) {
        Files.write(file, new byte[] {'C', 'R', 'E', 'A', 'T', 'E', ' ', (byte) 0xC3, (byte) 0x28, ';', '\n'});
      } else {
        Files.writeString(file, c.text());
      }
      CliProcess.Run r = CliProcess.run(Map.of(), "plan", "--from", good.toString(), "--to", file.toString(),
          "--dev-url", mode.equals("dev") ? dev : "none");
      assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
      assertThat(r.stderr().lines().count()).as(r.stderr()).isEqualTo(1);
      assertThat(r.stderr()).matches("(?s)slipway: " + java.util.regex.Pattern.quote(dir.resolve(c.file()).toString())
          + ":\\d+:\\d+: .*");
      if (mode.equals("dev") || !c.file().endsWith(".sql")) {
        assertThat(r.stderr()).startsWith("slipway: " + dir.resolve(c.where()).toString());
      }
      assertThat(r.stderr())
          .contains(c.says()).doesNotContain("Exception", "\tat ");
    })));
  }
}
