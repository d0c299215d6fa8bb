package dev.slipway.engines;

import dev.slipway.model.ServerVersion;
import java.net.URI;
import java.util.Properties;

/**
 * A server that someone else runs, given as a JDBC URL with credentials
 * ({@code jdbc:postgresql://host:5432/postgres?user=u&password=p}). Closing it does nothing.
 */
public final class ExternalServer implements DatabaseServer {
  private final ServerVersion.Engine engine;
  private final String scheme;
  private final String hostPort;
  private final String query;
  private final Properties credentials = new Properties();

  public ExternalServer(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:")) throw new EngineException("not a JDBC URL: " + Redact.url(jdbcUrl));
    URI uri = URI.create(jdbcUrl.substring(5));
    scheme = uri.getScheme();
    engine = switch (scheme) {
      case "postgresql" -> ServerVersion.Engine.POSTGRESQL;
      case "mysql" -> ServerVersion.Engine.MYSQL;
      case "mariadb" -> ServerVersion.Engine.MARIADB;
      default -> throw new EngineException("unsupported JDBC URL scheme '" + scheme + "' in " + Redact.url(jdbcUrl));
    };
    hostPort = uri.getRawAuthority();
    StringBuilder rest = new StringBuilder();
    if (uri.getRawQuery() != null) {
      for (String part : uri.getRawQuery().split("&")) {
        String[] kv = part.split("=", 2);
        String value = kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "";
        if (kv[0].equals("user") || kv[0].equals("password")) {
          credentials.setProperty(kv[0], value);
        } else {
          rest.append(rest.length() == 0 ? "?" : "&").append(part);
        }
      }
    }
    query = rest.toString();
  }

  @Override
  public ServerVersion.Engine engine() {
    return engine;
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:" + scheme + "://" + hostPort + "/" + database + query;
  }

  @Override
  public Properties credentials() {
    return credentials;
  }

  @Override
  public String description() {
    return "external " + scheme + " server at " + hostPort;
  }

  @Override
  public void close() {}
}
