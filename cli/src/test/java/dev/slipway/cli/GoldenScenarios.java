package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.ServerVersion;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.Statement;
import dev.slipway.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a directory of golden scenarios (DESIGN.md §8) against one real server. Each {@code *.txtar} has
 * {@code current.sql}, {@code desired.sql}, {@code hazards} (the exact set of hazard codes the plan must
 * carry) and optionally:
 * <ul>
 *   <li>{@code contains} / {@code absent}: SQL fragments the plan must / must not contain (only where the
 *       strategy matters);
 *   <li>{@code forbidden-locks}: lock modes no statement may take, by enum name ({@code ACCESS_EXCLUSIVE})
 *       or contract label ({@code COPY/SHARED});
 *   <li>{@code statements}: the exact number of statements (one {@code ALTER TABLE} per table on MySQL);
 *   <li>{@code requires}: server capabilities the scenario needs ({@code check-constraints}, {@code named-not-null},
 *       {@code mariadb}, {@code mysql}); without them the scenario is aborted with the reason, never passed.
 * </ul>
 * {@code -Dslipway.scenarios.only=REGEX} runs only the files whose names match. Any section may have a variant for one server, {@code NAME@FLAVOUR} or {@code NAME@FLAVOUR<X.Y.Z} or
 * {@code NAME@FLAVOUR>=X.Y.Z} ({@code FLAVOUR} = {@code mysql}, {@code mariadb}, {@code postgres}); the
 * first variant that matches the server replaces the plain section, because what an engine can do online
 * (INSTANT drop column, for one) depends on its flavour and version.
 */
final class GoldenScenarios {
  private static final Pattern VARIANT = Pattern.compile("([a-z]+)(?:(<|>=)(\\d+(?:\\.\\d+){0,2}))?");

  private final TestDatabase db;
  private final Path dir;
  /** Scenarios run side by side (the factories are concurrent), each on a convergence of its own. */
  private final Convergence.Pool convergences;
  private volatile ServerVersion version;

  GoldenScenarios(TestDatabase db, Path dir) {
    this.db = db;
    this.dir = dir;
    this.convergences = new Convergence.Pool(db);
  }

  Stream<DynamicTest> tests() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      String only = System.getProperty("slipway.scenarios.only");
      files = s.filter(p -> p.toString().endsWith(".txtar"))
          .filter(p -> only == null || p.getFileName().toString().matches(only)).sorted().toList();
    }
    assertThat(files).as("scenario files in %s", dir).isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> runNamed(f)));
  }

  /** Runs one scenario; an error that is not an assertion names the scenario, since reports show indexes. */
  private void runNamed(Path file) throws Exception {
    try {
      run(file);
    } catch (AssertionError | org.opentest4j.TestAbortedException e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(file.getFileName() + " on " + version + ": " + e, e);
    }
  }

  private void run(Path file) throws Exception {
    Txtar t = Txtar.parse(Files.readString(file));
    if (version == null) {
      synchronized (this) {
        if (version == null) version = serverVersion(db);
      }
    }
    for (String need : lines(section(t, "requires"))) {
      String missing = missing(need, version);
      Assumptions.assumeTrue(missing == null, () -> file.getFileName() + " needs " + missing);
    }
    Convergence.Result r = convergences.check(file.getFileName().toString(), section(t, "current.sql"),
        section(t, "desired.sql"));
    String planText = r.plan().statements().stream().map(Statement::sql).collect(Collectors.joining(";\n"));
    assertThat(r.failure()).as("%s on %s\nplan:\n%s", file, version, planText).isNull();
    Set<String> hazards = new TreeSet<>();
    for (Statement s : r.plan().statements()) for (Hazard h : s.hazards()) hazards.add(h.code().name());
    assertThat(hazards).as("hazards of %s on %s\nplan:\n%s", file, version, planText)
        .isEqualTo(lines(section(t, "hazards")));
    for (String fragment : lines(section(t, "contains"))) {
      assertThat(planText).as("plan of %s on %s", file, version).contains(fragment);
    }
    for (String fragment : lines(section(t, "absent"))) {
      assertThat(planText).as("plan of %s on %s", file, version).doesNotContain(fragment);
    }
    Set<String> forbidden = lines(section(t, "forbidden-locks"));
    for (Statement s : r.plan().statements()) {
      assertThat(forbidden).as("lock of %s in %s on %s", s.sql(), file, version)
          .doesNotContain(s.lock().name()).doesNotContain(s.lock().label());
    }
    Set<String> count = lines(section(t, "statements"));
    if (!count.isEmpty()) {
      assertThat(r.plan().statements()).as("statements of %s on %s\nplan:\n%s", file, version, planText)
          .hasSize(Integer.parseInt(count.iterator().next()));
    }
  }

  /** The server's version as it reports it; MariaDB is recognised from the version text. */
  static ServerVersion serverVersion(TestDatabase db) throws java.sql.SQLException {
    boolean postgres = db.engine() == ServerVersion.Engine.POSTGRESQL;
    try (Connection c = db.connect(); java.sql.Statement st = c.createStatement();
         ResultSet rs = st.executeQuery(postgres ? "SHOW server_version" : "SELECT VERSION()")) {
      rs.next();
      return ServerVersion.parse(postgres ? ServerVersion.Engine.POSTGRESQL : ServerVersion.Engine.MYSQL,
          rs.getString(1));
    }
  }

  /** The plain section, or its first variant whose selector matches this server. */
  String section(Txtar t, String name) {
    for (Map.Entry<String, String> e : t.sections().entrySet()) {
      String key = e.getKey();
      if (key.startsWith(name + "@") && matches(key.substring(name.length() + 1), version)) return e.getValue();
    }
    return t.section(name);
  }

  static boolean matches(String selector, ServerVersion v) {
    Matcher m = VARIANT.matcher(selector);
    if (!m.matches()) throw new IllegalArgumentException("unreadable section variant @" + selector);
    if (!m.group(1).equals(flavour(v))) return false;
    if (m.group(2) == null) return true;
    ServerVersion bound = ServerVersion.parse(v.engine(), m.group(3));
    boolean atLeast = v.atLeast(bound.major(), bound.minor(), bound.patch());
    return m.group(2).equals(">=") == atLeast;
  }

  static String flavour(ServerVersion v) {
    return switch (v.engine()) {
      case POSTGRESQL -> "postgres";
      case MARIADB -> "mariadb";
      case MYSQL -> "mysql";
    };
  }

  /**
   * Why this server lacks a capability, or null. CHECK constraints: MariaDB 10.2.1
   * (mariadb.com/kb/en/constraint/), MySQL 8.0.16 (dev.mysql.com/doc/refman/8.0/en/create-table-check-constraints.html;
   * earlier versions parse and ignore them).
   */
  static String missing(String need, ServerVersion v) {
    return switch (need) {
      case "check-constraints" -> v.engine() == ServerVersion.Engine.MYSQL && !v.atLeast(8, 0, 16)
          ? "CHECK constraints, which MySQL " + v + " parses and ignores (enforced from 8.0.16)" : null;
      case "named-not-null" -> v.engine() == ServerVersion.Engine.POSTGRESQL && v.atLeast(18) ? null
          : "named NOT NULL constraints, which PostgreSQL has from 18 (server is " + v + ")";
      case "mariadb", "mysql", "postgres" -> need.equals(flavour(v)) ? null : "a " + need + " server, not " + v;
      default -> throw new IllegalArgumentException("unknown requirement: " + need);
    };
  }

  static Set<String> lines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
