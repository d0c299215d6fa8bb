package dev.slipway.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine and version a plan targets. Version quirks are capability checks on this value
 * ({@code version.atLeast(12)}), never string tests scattered through renderers.
 */
public record ServerVersion(Engine engine, int major, int minor, int patch) implements Comparable<ServerVersion> {

  /** Concrete server products; MySQL and MariaDB share a dialect but not a version line. */
  public enum Engine {
    POSTGRESQL(Dialect.POSTGRES), MYSQL(Dialect.MYSQL), MARIADB(Dialect.MYSQL);

    private final Dialect dialect;

    Engine(Dialect dialect) {
      this.dialect = dialect;
    }

    public Dialect dialect() {
      return dialect;
    }
  }

  private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

  public ServerVersion {
    Checks.required(engine, "engine");
    if (major < 0 || minor < 0 || patch < 0) throw new InvalidModelException("negative version number");
  }

  /**
   * Parses a server's own version string: {@code 16.4}, {@code 16.4 (Debian 16.4-1)}, {@code 13beta1},
   * {@code 8.0.15}, {@code 5.5.5-10.11.19-MariaDB-0+deb12u1}, {@code 11.4.5-MariaDB}.
   */
  public static ServerVersion parse(Engine engine, String text) {
    if (text == null) throw new InvalidModelException("no server version");
    String t = text.trim();
    if (t.contains("MariaDB")) {
      engine = Engine.MARIADB;
      if (t.startsWith("5.5.5-")) t = t.substring(6); // replication-compatibility prefix
    }
    Matcher m = NUMBERS.matcher(t);
    if (!m.lookingAt()) throw new InvalidModelException("unreadable server version: " + text);
    int major = Integer.parseInt(m.group(1));
    int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new ServerVersion(engine, major, minor, patch);
  }

  public Dialect dialect() {
    return engine.dialect();
  }

  public boolean isMariaDb() {
    return engine == Engine.MARIADB;
  }

  public boolean atLeast(int major) {
    return atLeast(major, 0, 0);
  }

  public boolean atLeast(int major, int minor) {
    return atLeast(major, minor, 0);
  }

  public boolean atLeast(int major, int minor, int patch) {
    if (this.major != major) return this.major > major;
    if (this.minor != minor) return this.minor > minor;
    return this.patch >= patch;
  }

  @Override
  public int compareTo(ServerVersion o) {
    int c = engine.compareTo(o.engine);
    if (c != 0) return c;
    c = Integer.compare(major, o.major);
    if (c != 0) return c;
    c = Integer.compare(minor, o.minor);
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  /** {@code 16.4} for PostgreSQL (two parts since 10), {@code 8.0.15} for MySQL and MariaDB. */
  @Override
  public String toString() {
    if (engine == Engine.POSTGRESQL && major >= 10) return major + "." + minor;
    return major + "." + minor + "." + patch;
  }
}
