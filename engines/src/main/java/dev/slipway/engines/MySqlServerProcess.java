package dev.slipway.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * One mysqld or mariadbd run as a plain child process in a directory of its own: initialise the data
 * directory, start on a free loopback port, wait until it answers SQL, and on {@link #stop()} kill it and
 * delete the directory. Shared by {@link EmbeddedMySqlServer} and {@link SystemMariaDbServer}; the caller
 * supplies the commands because the two products spell their flags differently.
 */
final class MySqlServerProcess {
  /** Both products are started with a passwordless root on loopback only; nothing to print or hide. */
  static final String USER = "root";

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
  private static final int PORT_ATTEMPTS = 3;

  private volatile Process process;
  private final String what;
  private final Path home;
  private final int port;
  private final String version;
  private final IntFunction<List<String>> command;
  private final Thread reaper;

  private MySqlServerProcess(Process process, String what, Path home, int port, String version,
                             IntFunction<List<String>> command) {
    this.process = process;
    this.what = what;
    this.home = home;
    this.port = port;
    this.version = version;
    this.command = command;
    // If the JVM exits without close(), the server must not outlive it (it would hold the port and the
    // directory); the hook only kills, the directory is left for the OS's temp cleaning.
    this.reaper = new Thread(() -> this.process.destroyForcibly(), "kill mysqld " + port);
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Initialises {@code home/data} with {@code initialise} (unless empty: the caller prepared it), then runs {@code server.apply(port)} until it
   * answers; retries on a new port if another process took the one picked. On failure the directory is
   * deleted and the message carries the end of the server's log.
   */
  static MySqlServerProcess start(String what, Path home, List<String> initialise, IntFunction<List<String>> server) {
    try {
      if (!initialise.isEmpty()) run(what + " initialisation", initialise, home.resolve("init.log"));
      EngineException last = null;
      for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
        int port = freePort();
        Files.deleteIfExists(home.resolve("error.log"));
        Process p = new ProcessBuilder(server.apply(port))
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("server.out").toFile())
            .start();
        try {
          String version = awaitReady(p, port, what, home);
          return new MySqlServerProcess(p, what, home, port, version, server);
        } catch (EngineException e) {
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          if (!tail(home.resolve("error.log")).contains("already in use")) throw e;
          last = e;
        }
      }
      throw last;
    } catch (IOException e) {
      deleteTree(home);
      throw new EngineException("could not start " + what + " in " + home + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      deleteTree(home);
      throw new EngineException("interrupted while starting " + what, e);
    } catch (RuntimeException e) {
      deleteTree(home);
      throw e;
    }
  }

  /**
   * Shuts the server down as a service manager does, with SIGTERM (both products then close every
   * connection and shut down normally: dev.mysql.com/doc/refman/8.0/en/server-shutdown.html,
   * mariadb.com/kb/en/shutdown/), and starts it again with the same command on the same data directory
   * and port. Killed outright if it has not stopped within a minute.
   */
  synchronized void restart() {
    try {
      Process old = process;
      old.destroy();
      if (!old.waitFor(60, TimeUnit.SECONDS)) old.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      Process p = new ProcessBuilder(command.apply(port))
          .redirectErrorStream(true)
          .redirectOutput(home.resolve("server.out").toFile())
          .start();
      process = p;
      awaitReady(p, port, what, home);
    } catch (IOException e) {
      throw new EngineException("could not restart " + what + " on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted while restarting " + what, e);
    }
  }

  int port() {
    return port;
  }

  /** What {@code SELECT VERSION()} answered once the server was up. */
  String version() {
    return version;
  }

  /**
   * Stops the server and deletes its directory. The data is thrown away, so the server is killed rather
   * than shut down cleanly (MySQL 8's clean shutdown takes about 2 s; nothing outside the directory
   * needs cleaning up after a kill).
   */
  void stop() {
    try {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException alreadyShuttingDown) {
      // close() itself runs from a shutdown hook (TestDatabases); the reaper then finds nothing to kill.
    }
    deleteTree(home);
  }

  static Properties credentials() {
    Properties p = new Properties();
    p.setProperty("user", USER);
    p.setProperty("password", "");
    return p;
  }

  static String jdbcUrl(int port, String database) {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
  }

  /** Whether the JVM runs as root: both servers then refuse to start unless told {@code --user=root}. */
  static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Runs a command to completion; on failure the message carries the end of its output. */
  static void run(String what, List<String> command, Path log) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new EngineException(what + " did not finish within " + STARTUP_TIMEOUT.toSeconds() + " s" + logged(log));
    }
    if (p.exitValue() != 0) {
      throw new EngineException(what + " failed (exit " + p.exitValue() + ")" + logged(log));
    }
  }

  /** Polls with a real SQL connection (the port opens before the server accepts logins on some versions). */
  private static String awaitReady(Process p, int port, String what, Path home) throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    String url = jdbcUrl(port, "mysql") + "&connectTimeout=2000";
    SQLException lastError = null;
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new EngineException(what + " exited with code " + p.exitValue() + " during startup"
            + logged(home.resolve("error.log")) + logged(home.resolve("server.out")));
      }
      try (Connection c = DriverManager.getConnection(url, credentials());
           Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT VERSION()")) {
        rs.next();
        return rs.getString(1);
      } catch (SQLException e) {
        lastError = e;
        Thread.sleep(100);
      }
    }
    throw new EngineException(what + " did not accept connections on 127.0.0.1:" + port + " within "
        + STARTUP_TIMEOUT.toSeconds() + " s (last error: " + (lastError == null ? "none" : lastError.getMessage()) + ")"
        + logged(home.resolve("error.log")));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String logged(Path log) {
    String t = tail(log);
    return t.isEmpty() ? "" : "; " + log.getFileName() + " ends with:\n" + t;
  }

  /** The last lines of a log, for error messages (the servers' logs hold no passwords). */
  private static String tail(Path log) {
    try {
      if (!Files.isRegularFile(log)) return "";
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
      for (Path p : all) Files.deleteIfExists(p);
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a leftover scratch directory under the temp dir is harmless.
    }
  }
}
