package dev.slipway.api;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A server Slipway may create and drop scratch databases on, to let the engine itself read desired SQL
 * (a dev database, DESIGN.md §3). Closing it stops what was started for it and nothing else.
 */
public interface DevServer extends AutoCloseable {
  /** Connects to a database on this server. */
  Connection connect(String database) throws SQLException;

  /** The database every server of its engine has, where admin statements run. */
  String adminDatabase();

  /** Creates an empty database; its name is a plain lower-case identifier. */
  void createDatabase(String name) throws SQLException;

  /** Drops a database if it exists, ending other sessions on it first where the engine requires. */
  void dropDatabase(String name) throws SQLException;

  @Override
  void close();
}
