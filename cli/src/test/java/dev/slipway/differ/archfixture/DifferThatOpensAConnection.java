package dev.slipway.differ.archfixture;

import java.sql.Connection;

/** Breaks the rule "differ is pure" on purpose, for ArchitectureTest to catch. */
public final class DifferThatOpensAConnection {
  public boolean isOpen(Connection c) throws java.sql.SQLException {
    return !c.isClosed();
  }
}
