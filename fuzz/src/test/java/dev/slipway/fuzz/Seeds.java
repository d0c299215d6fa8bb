package dev.slipway.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The valid inputs mutations start from, read from the other modules' test corpora (the reactor checks
 * them out side by side; surefire runs with this module as the working directory), plus this module's
 * own MySQL seeds.
 */
final class Seeds {
  private static final Path ROOT = Path.of("..");

  private Seeds() {}

  /** The desired sections of the PostgreSQL scenarios and the pg_dump-style scenario files. */
  static List<String> postgresSql() {
    List<String> out = new ArrayList<>();
    for (Path p : files(ROOT.resolve("cli/src/test/resources/scenarios/postgres"), ".txtar")) {
      String desired = txtarSection(read(p), "desired.sql");
      if (desired != null && !desired.isBlank()) out.add(desired);
    }
    out.addAll(files(ROOT.resolve("introspect/src/test/resources/scenarios/postgres-dumps"), ".sql").stream()
        .map(Seeds::read).toList());
    out.add(read(ROOT.resolve("introspect/src/test/resources/dev/slipway/introspect/postgres/rich-schema.sql")));
    if (out.size() < 50) throw new IllegalStateException("PostgreSQL seed corpus not found under " + ROOT.toAbsolutePath());
    return out;
  }

  /** The complete YAML documents of docs/yaml.md (those that declare a dialect). */
  static List<String> yaml() {
    String doc = read(ROOT.resolve("docs/yaml.md"));
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(doc);
    while (m.find()) if (m.group(1).contains("dialect:")) out.add(m.group(1));
    if (out.size() < 3) throw new IllegalStateException("YAML examples not found in docs/yaml.md");
    return out;
  }

  /** MySQL DDL: the introspect reader's rich schema and this module's statement-per-feature files. */
  static List<String> mySql() {
    List<String> out = new ArrayList<>();
    out.add(read(ROOT.resolve("introspect/src/test/resources/dev/slipway/introspect/mysql/rich-schema.sql")));
    out.addAll(splitOnMarker(resource("mysql-seeds.sql")));
    return out;
  }

  /** Short, engine-valid MySQL files for the CLI runs (each applies in well under a second). */
  static List<String> mySqlSmall() {
    return splitOnMarker(resource("mysql-seeds.sql"));
  }

  /** The small PostgreSQL scenario desired files (the CLI runs use these: each plan is quick). */
  static List<String> postgresSmall() {
    return postgresSql().stream().filter(s -> s.length() < 1500).toList();
  }

  private static List<String> splitOnMarker(String text) {
    return Stream.of(text.split("(?m)^-- seed --\\n")).filter(s -> !s.isBlank()).toList();
  }

  private static String txtarSection(String text, String name) {
    Matcher m = Pattern.compile("(?s)(?:^|\\n)-- " + Pattern.quote(name) + " --\\n(.*?)(?=\\n-- [^\\n]+ --\\n|$)")
        .matcher(text);
    return m.find() ? m.group(1) + "\n" : null;
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (var in = Seeds.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
