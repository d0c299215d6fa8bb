package dev.slipway.api;

import dev.slipway.model.Dialect;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * A database the user named on the command line, as a JDBC URL plus credentials kept apart from it.
 * Accepts {@code jdbc:postgresql://…}, {@code jdbc:mysql://…}, {@code jdbc:mariadb://…} and the 12-factor
 * forms {@code postgres://user:pass@host:port/db}, {@code postgresql://…}, {@code mysql://…},
 * {@code mariadb://…}. Passwords may also come from {@code PGPASSWORD} / {@code MYSQL_PWD}; every password
 * seen is registered with {@link Secrets} so it never reaches any output.
 */
public record DatabaseUrl(Dialect dialect, String jdbcUrl, Properties credentials, String display) {

  public static boolean looksLikeUrl(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return v.startsWith("jdbc:") || v.startsWith("postgres://") || v.startsWith("postgresql://")
        || v.startsWith("mysql://") || v.startsWith("mariadb://");
  }

  public static DatabaseUrl parse(String url, Secrets secrets) {
    String raw = url.trim();
    boolean jdbc = raw.regionMatches(true, 0, "jdbc:", 0, 5);
    String body = jdbc ? raw.substring(5) : raw;
    URI uri;
    try {
      uri = new URI(body);
    } catch (URISyntaxException e) {
      throw new UserException("invalid database URL " + redact(raw) + ": " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    Dialect dialect;
    String jdbcScheme;
    switch (scheme) {
      case "postgres", "postgresql" -> {
        dialect = Dialect.POSTGRES;
        jdbcScheme = "postgresql";
      }
      case "mysql" -> {
        dialect = Dialect.MYSQL;
        jdbcScheme = "mysql";
      }
      case "mariadb" -> {
        // Connector/J speaks to MariaDB too; one driver for the whole MySQL family.
        dialect = Dialect.MYSQL;
        jdbcScheme = "mysql";
      }
      default -> throw new UserException("unsupported database URL " + redact(raw)
          + ": use jdbc:postgresql://, jdbc:mysql://, postgres://, mysql:// or mariadb://");
    }
    if (uri.getHost() == null) throw new UserException("database URL " + redact(raw) + " names no host");
    Properties credentials = new Properties();
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      credentials.setProperty("user", decode(parts[0]));
      if (parts.length > 1) credentials.setProperty("password", decode(parts[1]));
    }
    StringBuilder query = new StringBuilder();
    if (uri.getRawQuery() != null) {
      for (String part : uri.getRawQuery().split("&")) {
        if (part.isEmpty()) continue;
        String[] kv = part.split("=", 2);
        String key = decode(kv[0]);
        String value = kv.length > 1 ? decode(kv[1]) : "";
        if (key.equals("user") || key.equals("password")) {
          credentials.setProperty(key, value);
        } else {
          query.append(query.length() == 0 ? "?" : "&").append(part);
        }
      }
    }
    if (!credentials.containsKey("password")) {
      String env = System.getenv(dialect == Dialect.POSTGRES ? "PGPASSWORD" : "MYSQL_PWD");
      if (env != null) credentials.setProperty("password", env);
    }
    if (!credentials.containsKey("user")) {
      String env = System.getenv(dialect == Dialect.POSTGRES ? "PGUSER" : "MYSQL_USER");
      credentials.setProperty("user", env != null ? env : dialect == Dialect.POSTGRES ? "postgres" : "root");
    }
    secrets.remember(credentials.getProperty("password"));
    // A host that does not answer must not hang a cron job: fail after 10 s unless the URL says otherwise.
    if (!query.toString().contains("connectTimeout")) {
      query.append(query.length() == 0 ? "?" : "&")
          .append(dialect == Dialect.POSTGRES ? "connectTimeout=10" : "connectTimeout=10000");
    }
    if (dialect == Dialect.MYSQL) {
      // Plain local servers have no TLS; Connector/J otherwise warns or fails. Users can override.
      if (!query.toString().contains("useSSL") && !query.toString().contains("sslMode")) {
        query.append(query.length() == 0 ? "?" : "&").append("sslMode=PREFERRED");
      }
      if (!query.toString().contains("allowPublicKeyRetrieval")) query.append("&allowPublicKeyRetrieval=true");
    }
    String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String jdbcUrl = "jdbc:" + jdbcScheme + "://" + hostPort + path + query;
    String display = jdbcScheme + "://" + hostPort + path;
    return new DatabaseUrl(dialect, jdbcUrl, credentials, display);
  }

  /** The database name in the URL path, or empty. */
  public String database() {
    String rest = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
    int slash = rest.indexOf('/');
    if (slash < 0) return "";
    String db = rest.substring(slash + 1);
    int q = db.indexOf('?');
    return q < 0 ? db : db.substring(0, q);
  }

  /**
   * Connects; a failure to reach or log in to the server (SQLSTATE class 08 connection exception, 28
   * invalid authorization) becomes one message naming the server, never the password.
   */
  public Connection connect() throws SQLException {
    try {
      return DriverManager.getConnection(jdbcUrl, credentials);
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      if (state.startsWith("08") || state.startsWith("28") || e.getErrorCode() == 1045 || e.getErrorCode() == 1049) {
        // One line: drivers spread a connection failure over several (Connector/J's "last packet sent …").
        throw new UserException("cannot connect to " + display + ": "
            + String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\R\\s*", " "));
      }
      throw e;
    }
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The same server and settings, another database on it. */
  public DatabaseUrl withDatabase(String name) {
    int start = jdbcUrl.indexOf('/', jdbcUrl.indexOf("//") + 2);
    int q = jdbcUrl.indexOf('?');
    String head = start < 0 ? (q < 0 ? jdbcUrl : jdbcUrl.substring(0, q)) : jdbcUrl.substring(0, start);
    String query = q < 0 ? "" : jdbcUrl.substring(q);
    int displaySlash = display.indexOf('/', display.indexOf("//") + 2);
    String displayHead = displaySlash < 0 ? display : display.substring(0, displaySlash);
    return new DatabaseUrl(dialect, head + "/" + name + query, credentials, displayHead + "/" + name);
  }

  /** {@code scheme://user:secret@host} → {@code scheme://user:***@host}; {@code password=x} → {@code password=***}. */
  public static String redact(String text) {
    if (text == null) return null;
    return text.replaceAll("(//[^/:@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public String toString() {
    return display;
  }
}
