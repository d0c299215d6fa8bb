package dev.slipway.testing;

import dev.slipway.engines.DatabaseServer;
import dev.slipway.model.ServerVersion;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, empty database on a real server, created before the test class runs and dropped after it.
 * Register it as a static field: {@code @RegisterExtension static final TestDatabase db = TestDatabases.postgres();}
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final TestDatabases.Kind kind;
  /** Whether the server is this class's own (restartable, stopped after the class) rather than the shared one. */
  private final boolean own;
  private DatabaseServer server;
  private String name;

  TestDatabase(TestDatabases.Kind kind) {
    this(kind, false);
  }

  TestDatabase(TestDatabases.Kind kind, boolean own) {
    this.kind = kind;
    this.own = own;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    server = own ? TestDatabases.startOwn(kind) : TestDatabases.server(kind);
    name = newDatabase(context.getRequiredTestClass().getSimpleName());
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    if (own) {
      if (server != null) server.close();
    } else if (name != null) {
      server.dropDatabase(name);
    }
  }

  /** Creates one more empty database on the same server (dropped with the server) and returns its name. */
  public String newDatabase(String hint) throws SQLException {
    DatabaseServer s = server();
    String base = hint.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    if (base.length() > 40) base = base.substring(0, 40);
    String db = "t_" + base + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    s.dropDatabase(db);
    s.createDatabase(db);
    return db;
  }

  public DatabaseServer server() {
    if (server == null && own) requireStarted();
    if (server == null) server = TestDatabases.server(kind);
    return server;
  }

  /** The name of this class's database. */
  public String name() {
    requireStarted();
    return name;
  }

  public ServerVersion.Engine engine() {
    return server().engine();
  }

  /** JDBC URL of this class's database, without credentials. */
  public String jdbcUrl() {
    return server().jdbcUrl(name());
  }

  /** JDBC URL of another database on the same server, without credentials. */
  public String jdbcUrl(String database) {
    return server().jdbcUrl(database);
  }

  /** A JDBC URL with user and password as parameters, as the CLI's {@code --url} takes it. */
  public String urlWithCredentials(String database) {
    Properties p = server().credentials();
    String url = server().jdbcUrl(database);
    String sep = url.contains("?") ? "&" : "?";
    StringBuilder b = new StringBuilder(url).append(sep).append("user=").append(p.getProperty("user"));
    String pw = p.getProperty("password");
    if (pw != null && !pw.isEmpty()) b.append("&password=").append(java.net.URLEncoder.encode(pw, java.nio.charset.StandardCharsets.UTF_8));
    return b.toString();
  }

  public String urlWithCredentials() {
    return urlWithCredentials(name());
  }

  public Properties credentials() {
    return server().credentials();
  }

  public Connection connect() throws SQLException {
    return server().connect(name());
  }

  public Connection connect(String database) throws SQLException {
    return server().connect(database);
  }

  /** Runs each SQL statement in this class's database, in autocommit mode. */
  public void execute(String... sql) throws SQLException {
    executeIn(name(), sql);
  }

  public void executeIn(String database, String... sql) throws SQLException {
    try (Connection c = connect(database); Statement s = c.createStatement()) {
      for (String q : sql) s.execute(q);
    }
  }

  private void requireStarted() {
    if (name == null) {
      throw new IllegalStateException("TestDatabase is not started: register it with @RegisterExtension on a static field");
    }
  }
}
