package dev.slipway.engines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the server a dev-database spec names: {@code embedded:postgres[:MAJOR]}, {@code embedded:mariadb},
 * {@code embedded:mysql} (MySQL 8.0.15; needs its Maven artifact on the classpath), {@code system:mariadb}
 * (the OS's mariadbd), {@code docker://postgres/16}, {@code docker://mysql/8.4}. (Plain URLs are handled by
 * the caller.)
 */
public final class Engines {
  private static final Pattern EMBEDDED_PG = Pattern.compile("embedded:postgres(?::(\\d+))?");
  private static final Pattern DOCKER = Pattern.compile("docker://(postgres|mysql)/([\\w.\\-]+)");

  private Engines() {}

  public static boolean isSpec(String value) {
    return value.startsWith("embedded:") || value.startsWith("system:") || value.startsWith("docker://");
  }

  public static DatabaseServer start(String spec) {
    Matcher m = EMBEDDED_PG.matcher(spec);
    if (m.matches()) {
      int major = m.group(1) == null ? EmbeddedPostgresServer.defaultMajor() : Integer.parseInt(m.group(1));
      return EmbeddedPostgresServer.start(major);
    }
    if (spec.equals("embedded:mariadb")) return EmbeddedMariaDbServer.start();
    if (spec.equals("embedded:mysql")) return EmbeddedMySqlServer.start();
    if (spec.equals("system:mariadb")) return SystemMariaDbServer.start();
    m = DOCKER.matcher(spec);
    if (m.matches()) return ContainerServer.start(m.group(1), m.group(2));
    throw new EngineException("unknown dev database '" + spec
        + "': use embedded:postgres[:13..18], embedded:mariadb, embedded:mysql, system:mariadb, docker://postgres/N, docker://mysql/N or a URL");
  }
}
