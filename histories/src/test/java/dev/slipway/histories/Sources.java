package dev.slipway.histories;

import dev.slipway.model.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The histories the suite replays. Applications that ship their SQL inside their Maven Central artifacts
 * (downloaded by this module's build into {@code target/history-jars}, never kept in the project), and,
 * with {@code -Dslipway.histories.dir=DIR}, every application of a corpus of vendored histories kept outside
 * the project ({@code DIR/<app>/<postgres|mysql>/NNNN_*.sql}).
 */
final class Sources {
  static final Path JARS = Path.of("target/history-jars");
  private static final int CHECKPOINTS = 6;

  private Sources() {}

  static List<Source> all() throws IOException {
    List<Source> out = new ArrayList<>(List.of(
        releases("camunda", "camunda-engine", List.of("7.4.0", "7.8.0", "7.12.0", "7.16.0", "7.20.0", "7.23.0"),
            d -> createScripts("org/camunda/bpm/engine/db/create/activiti." + db(d) + ".create.",
                "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history")),
        releases("activiti", "activiti-engine", List.of("5.15", "5.18.0", "5.22.0", "6.0.0"),
            d -> createScripts("org/activiti/db/create/activiti." + db(d) + ".create.", "engine", "history", "identity")),
        releases("spring-integration", "spring-integration-jdbc", List.of("5.0.0.RELEASE", "5.5.20", "6.0.0", "6.4.0"),
            d -> List.of("org/springframework/integration/jdbc/schema-" + (d == Dialect.POSTGRES ? "postgresql" : "mysql") + ".sql")),
        releases("spring-batch", "spring-batch-core", List.of("3.0.10.RELEASE", "4.3.10", "5.0.0", "5.2.3", "6.0.6"),
            d -> List.of("org/springframework/batch/core/schema-" + (d == Dialect.POSTGRES ? "postgresql" : "mysql") + ".sql")),
        migrations("jobrunr", "jobrunr-8.1.0.jar", d -> true, d -> List.of("org/jobrunr/storage/sql/common/migrations/",
            "org/jobrunr/storage/sql/" + (d == Dialect.POSTGRES ? "postgres" : "mysql") + "/migrations/")),
        migrations("conductor", "conductor-postgres-persistence-3.13.8.jar", d -> d == Dialect.POSTGRES,
            d -> List.of("db/migration_postgres/"))));
    String dir = System.getProperty("slipway.histories.dir");
    if (dir != null) {
      Path vendored = Path.of(dir);
      if (!Files.isDirectory(vendored)) throw new IllegalStateException("-Dslipway.histories.dir: no directory " + vendored);
      try (Stream<Path> apps = Files.list(vendored)) {
        for (Path app : apps.filter(Files::isDirectory).sorted().toList()) out.add(directory(app));
      }
    }
    return out;
  }

  private static String db(Dialect d) {
    return d == Dialect.POSTGRES ? "postgres" : "mysql";
  }

  private static List<String> createScripts(String prefix, String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) out.add(prefix + p + ".sql");
    return out;
  }

  /** One checkpoint per release: the create scripts that release's jar ships (those it has, in order). */
  static Source releases(String app, String artifact, List<String> versions, Function<Dialect, List<String>> entries) {
    return new Source() {
      @Override
      public String app() {
        return app;
      }

      @Override
      public boolean supports(Dialect dialect) {
        return true;
      }

      @Override
      public List<Checkpoint> checkpoints(Dialect dialect) throws IOException {
        List<Checkpoint> out = new ArrayList<>();
        for (String v : versions) {
          try (ZipFile jar = new ZipFile(jar(artifact + "-" + v + ".jar").toFile())) {
            List<Script> scripts = new ArrayList<>();
            for (String name : entries.apply(dialect)) {
              ZipEntry e = jar.getEntry(name);
              if (e != null) scripts.add(new Script(v + ":" + name.substring(name.lastIndexOf('/') + 1), read(jar, e)));
            }
            if (scripts.isEmpty()) throw new IllegalStateException(artifact + " " + v + " has none of " + entries.apply(dialect));
            out.add(new Checkpoint(v, scripts));
          }
        }
        return out;
      }
    };
  }

  /**
   * A migration history inside one jar: files under the directories {@code dirs} gives, later directories
   * overriding earlier ones file by file (JobRunr's rule: a database's own version of a migration wins),
   * ordered by file name; files named for another database (SQL Server, Oracle, DB2, H2) are that
   * database's only. Checkpoints spread over the history.
   */
  static Source migrations(String app, String jarName, java.util.function.Predicate<Dialect> supported,
      Function<Dialect, List<String>> dirs) {
    return new Source() {
      @Override
      public String app() {
        return app;
      }

      @Override
      public boolean supports(Dialect dialect) {
        return supported.test(dialect);
      }

      @Override
      public List<Checkpoint> checkpoints(Dialect dialect) throws IOException {
        Map<String, Script> byName = new java.util.TreeMap<>(Sources::byVersion);
        try (ZipFile jar = new ZipFile(jar(jarName).toFile())) {
          for (String dir : dirs.apply(dialect)) {
            for (ZipEntry e : java.util.Collections.list(jar.entries())) {
              String n = e.getName();
              if (!n.startsWith(dir) || !n.endsWith(".sql") || n.substring(dir.length()).contains("/")) continue;
              String file = n.substring(dir.length());
              if (file.toLowerCase(Locale.ROOT).matches(".*(sqlserver|oracle|db2|h2|sqlite).*")) continue;
              byName.put(file, new Script(file, read(jar, e)));
            }
          }
        }
        return spread(new ArrayList<>(byName.values()));
      }
    };
  }

  /** A vendored history: {@code <app>/<engine>/NNNN_name.sql}, file-name order being the order they run in. */
  static Source directory(Path app) {
    return new Source() {
      @Override
      public String app() {
        return app.getFileName().toString();
      }

      @Override
      public boolean supports(Dialect dialect) {
        return Files.isDirectory(app.resolve(db(dialect)));
      }

      @Override
      public List<Checkpoint> checkpoints(Dialect dialect) throws IOException {
        List<Script> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(app.resolve(db(dialect)))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
            scripts.add(new Script(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
          }
        }
        return spread(scripts);
      }
    };
  }

  /** Checkpoints spread evenly over a migration history, the last being all of it. */
  static List<Source.Checkpoint> spread(List<Source.Script> scripts) {
    List<Source.Checkpoint> out = new ArrayList<>();
    int last = 0;
    for (int i = 1; i <= CHECKPOINTS; i++) {
      int at = (int) Math.round((double) scripts.size() * i / CHECKPOINTS);
      if (at <= last) continue;
      out.add(new Source.Checkpoint("after " + scripts.get(at - 1).name(), scripts.subList(0, at)));
      last = at;
    }
    return out;
  }

  private static final Pattern LEADING_NUMBER = Pattern.compile("^[A-Za-z]*(\\d+)");

  /** Version-aware file order: leading numbers compare as numbers (V10 after V9), then the names. */
  static int byVersion(String a, String b) {
    Matcher x = LEADING_NUMBER.matcher(a);
    Matcher y = LEADING_NUMBER.matcher(b);
    if (x.find() && y.find()) {
      int c = new java.math.BigInteger(x.group(1)).compareTo(new java.math.BigInteger(y.group(1)));
      if (c != 0) return c;
    }
    return a.compareTo(b);
  }

  private static Path jar(String name) {
    Path p = JARS.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(p.toAbsolutePath() + " is missing: the histories module's build copies it there"
          + " (mvn -Phistories verify)");
    }
    return p;
  }

  private static String read(ZipFile jar, ZipEntry e) {
    try (var in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
