package dev.slipway.api;

import dev.slipway.model.Dialect;
import java.util.function.Consumer;

/**
 * Dev servers that Slipway runs itself (embedded, the OS's own, a container). The library has none of its
 * own (it carries no database binaries, DESIGN.md §11): the CLI plugs in its engines module, and without
 * one a desired SQL file is read offline or through a {@code --dev-url} server.
 */
public interface DevServers {
  /** The server a spec names ({@code embedded:postgres[:N]}, {@code embedded:mariadb}, …). */
  DevServer start(String spec);

  /** The default server for {@code dialect}, of the target's major where one can be had. */
  DevServer startDefault(Dialect dialect, Integer preferredMajor, Consumer<String> notes);

  /** No servers of its own: every start fails, so SQL is read offline unless a URL names a dev database. */
  DevServers NONE = new DevServers() {
    @Override
    public DevServer start(String spec) {
      throw new DevServerException("no embedded dev databases in this build: '" + spec
          + "' needs Slipway's engines module; pass a database URL as the dev database instead");
    }

    @Override
    public DevServer startDefault(Dialect dialect, Integer preferredMajor, Consumer<String> notes) {
      throw new DevServerException("no embedded dev databases in this build");
    }
  };
}
