package dev.slipway.planner.postgres.archfixture;

import dev.slipway.model.mysql.MySqlTableOptions;

/** Breaks the rule "dialect packages never import each other" on purpose, for ArchitectureTest to catch. */
public final class PostgresRendererThatUsesMySql {
  public String engine(MySqlTableOptions options) {
    return options.engine();
  }
}
