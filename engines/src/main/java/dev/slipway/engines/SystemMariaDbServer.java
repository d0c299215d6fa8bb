package dev.slipway.engines;

import dev.slipway.model.ServerVersion;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * MariaDB installed by the operating system (Debian 12: {@code apt-get install mariadb-server}, MariaDB
 * 10.11), run as a plain process on a free loopback port with a temporary data directory: no service, no
 * systemd, nothing of the installed server's own data or configuration is touched.
 */
public final class SystemMariaDbServer implements DatabaseServer {
  /** Debian installs mariadbd in /usr/sbin, which is not on every user's PATH. */
  private static final List<String> EXTRA_DIRS = List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin");

  private final MySqlServerProcess process;

  private SystemMariaDbServer(MySqlServerProcess process) {
    this.process = process;
  }

  /** Whether {@code mariadbd} and {@code mariadb-install-db} are installed. */
  public static boolean installed() {
    return find("mariadbd") != null && find("mariadb-install-db") != null;
  }

  /** Starts a fresh server on a free loopback port, in its own temporary directory. */
  public static SystemMariaDbServer start() {
    Path mariadbd = find("mariadbd");
    Path installDb = find("mariadb-install-db");
    if (mariadbd == null || installDb == null) {
      throw new EngineException("MariaDB from the OS is not installed (" + (mariadbd == null ? "mariadbd" : "mariadb-install-db")
          + " is neither on PATH nor in " + String.join(", ", EXTRA_DIRS) + "); install it with: "
          + "DEBIAN_FRONTEND=noninteractive apt-get install -y mariadb-server (it does not need to run as a service)");
    }
    Path home;
    try {
      home = Files.createTempDirectory("slipway-mariadb-system-");
    } catch (IOException e) {
      throw new EngineException("could not create a directory for MariaDB: " + e.getMessage(), e);
    }
    Path data = home.resolve("data");
    boolean root = MySqlServerProcess.runningAsRoot();
    // https://mariadb.com/kb/en/mariadb-install-db/: --no-defaults keeps /etc/mysql/my.cnf out;
    // --auth-root-authentication-method=normal gives root@localhost/127.0.0.1 an empty password instead
    // of unix_socket, so JDBC over TCP can log in.
    List<String> initialise = new ArrayList<>(List.of(installDb.toString(), "--no-defaults",
        "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db", "--skip-name-resolve"));
    if (root) initialise.add("--user=root");
    MySqlServerProcess p = MySqlServerProcess.start("MariaDB from the OS (" + mariadbd + ")", home, initialise, port -> {
      List<String> run = new ArrayList<>(List.of(mariadbd.toString(), "--no-defaults",
          "--datadir=" + data, "--port=" + port, "--bind-address=127.0.0.1",
          "--socket=" + home.resolve("mysql.sock"), "--pid-file=" + home.resolve("mysqld.pid"),
          "--log-error=" + home.resolve("error.log"), "--skip-name-resolve",
          // Its own temporary directory: in the shared /tmp, another server's files collide with its
          // #sql-temptable-… names ("Error on delete of …").
          "--tmpdir=" + tmp(home),
          // Scratch servers: small buffer pool, no flush per commit, no binary log; they never hold real data.
          "--innodb-buffer-pool-size=64M", "--innodb-flush-log-at-trx-commit=0", "--skip-log-bin"));
      // mariadbd: "Please consult the MariaDB Documentation to find out how to run mariadbd as root!"
      if (root) run.add("--user=root");
      return run;
    });
    return new SystemMariaDbServer(p);
  }

  private static Path tmp(Path home) {
    try {
      return java.nio.file.Files.createDirectories(home.resolve("tmp"));
    } catch (java.io.IOException e) {
      throw new EngineException("cannot create " + home.resolve("tmp") + ": " + e.getMessage(), e);
    }
  }

  /** The executable on PATH or in the usual system directories, or null. */
  static Path find(String name) {
    Set<String> dirs = new LinkedHashSet<>();
    String path = System.getenv("PATH");
    if (path != null) dirs.addAll(List.of(path.split(File.pathSeparator)));
    dirs.addAll(EXTRA_DIRS);
    for (String dir : dirs) {
      if (dir.isEmpty()) continue;
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return candidate;
    }
    return null;
  }

  @Override
  public ServerVersion.Engine engine() {
    return ServerVersion.Engine.MARIADB;
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
    return "MariaDB " + process.version() + " from the OS on 127.0.0.1:" + process.port();
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
