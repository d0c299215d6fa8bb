package dev.slipway.engines;

import dev.slipway.model.ServerVersion;
import java.util.Properties;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** A server in a Docker container (Testcontainers), for {@code docker://postgres/16} and {@code docker://mysql/8.4}. */
public final class ContainerServer implements DatabaseServer {
  private final JdbcDatabaseContainer<?> container;
  private final ServerVersion.Engine engine;

  private ContainerServer(JdbcDatabaseContainer<?> container, ServerVersion.Engine engine) {
    this.container = container;
    this.engine = engine;
  }

  /** Whether a Docker engine answers; cached by Testcontainers after the first call. */
  public static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Starts {@code image:tag} where image is {@code postgres} or {@code mysql}. */
  public static ContainerServer start(String image, String tag) {
    if (!dockerAvailable()) {
      throw new EngineException("docker://" + image + "/" + tag + " needs a running Docker engine and none answers; "
          + "use embedded:postgres or embedded:mariadb, or a database URL");
    }
    JdbcDatabaseContainer<?> c;
    ServerVersion.Engine engine;
    switch (image) {
      case "postgres" -> {
        c = new PostgreSQLContainer(DockerImageName.parse("postgres:" + tag));
        engine = ServerVersion.Engine.POSTGRESQL;
      }
      case "mysql" -> {
        c = new MySQLContainer(DockerImageName.parse("mysql:" + tag));
        engine = ServerVersion.Engine.MYSQL;
      }
      default -> throw new EngineException("unsupported container image '" + image + "': use postgres or mysql");
    }
    c.start();
    return new ContainerServer(c, engine);
  }

  @Override
  public ServerVersion.Engine engine() {
    return engine;
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:" + (engine == ServerVersion.Engine.POSTGRESQL ? "postgresql" : "mysql") + "://"
        + container.getHost() + ":" + container.getFirstMappedPort() + "/" + database
        + (engine == ServerVersion.Engine.POSTGRESQL ? "" : "?useSSL=false&allowPublicKeyRetrieval=true");
  }

  @Override
  public Properties credentials() {
    Properties p = new Properties();
    p.setProperty("user", engine == ServerVersion.Engine.POSTGRESQL ? container.getUsername() : "root");
    p.setProperty("password", container.getPassword());
    return p;
  }

  @Override
  public String description() {
    return "container " + container.getDockerImageName();
  }

  @Override
  public void close() {
    container.stop();
  }
}
