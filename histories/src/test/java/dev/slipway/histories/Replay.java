package dev.slipway.histories;

import dev.slipway.introspect.SqlScript;
import dev.slipway.model.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs an application's scripts in order on one database, statement by statement in autocommit, as
 * {@code psql -f} and the {@code mysql} client run a file (transactions a file opens are its own).
 */
final class Replay {
  /** Where a replay stopped: the script and the server's message. */
  record Stop(String script, String message) {
    @Override
    public String toString() {
      return script + " rejected by the server: " + message;
    }
  }

  private Replay() {}

  /** Runs every script; null when all ran. */
  static Stop run(Connection c, Dialect dialect, List<Source.Script> scripts) {
    for (Source.Script script : scripts) {
      try (Statement s = c.createStatement()) {
        for (SqlScript.Statement st : SqlScript.split(script.sql(), dialect)) s.execute(st.sql());
      } catch (SQLException e) {
        return new Stop(script.name(), String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\R\\s*", " "));
      }
    }
    return null;
  }
}
