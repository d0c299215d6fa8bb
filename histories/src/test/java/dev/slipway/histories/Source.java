package dev.slipway.histories;

import dev.slipway.model.Dialect;
import java.io.IOException;
import java.util.List;

/**
 * Where one application's schema history comes from, for one engine: a list of checkpoints (releases, or
 * points along a migration history), each the scripts that build it on an empty database.
 */
interface Source {
  /** The application's short name. */
  String app();

  /** Whether the application has a history for this engine. */
  boolean supports(Dialect dialect);

  /** The checkpoints in order, oldest first. */
  List<Checkpoint> checkpoints(Dialect dialect) throws IOException;

  /** One SQL file as the application ships it. */
  record Script(String name, String sql) {}

  /** A state of the application's schema, and how to build it from nothing. */
  record Checkpoint(String name, List<Script> build) {
    public Checkpoint {
      build = List.copyOf(build);
    }
  }
}
