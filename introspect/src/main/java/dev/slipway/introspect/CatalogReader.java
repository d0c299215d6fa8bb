package dev.slipway.introspect;

import dev.slipway.model.Schema;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Reads a live database's schema through its catalog, with a fixed number of queries. */
public interface CatalogReader {
  Schema read(Connection connection, ReadOptions options) throws IntrospectionException;

  /**
   * What the database behind {@code connection} holds, as counts by kind ("3 tables"); empty when it holds
   * nothing of its own. {@link DevDatabase} refuses a dev database that is not empty. A reader may answer with
   * a cheaper query than a full read; this default reads everything.
   */
  default List<String> occupants(Connection connection) throws IntrospectionException {
    Schema s = read(connection, ReadOptions.ALL);
    List<String> found = new ArrayList<>();
    if (!s.tables().isEmpty()) found.add(s.tables().size() + " tables");
    if (!s.views().isEmpty()) found.add(s.views().size() + " views");
    if (!s.sequences().isEmpty()) found.add(s.sequences().size() + " sequences");
    if (!s.routines().isEmpty()) found.add(s.routines().size() + " routines");
    if (!s.types().isEmpty()) found.add(s.types().size() + " types");
    if (!s.extensions().isEmpty()) found.add(s.extensions().size() + " extensions");
    return found;
  }

  /** How {@link DevDatabase} runs desired DDL on this reader's engine before reading it back. */
  default DevDialect devDialect() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no dev-database support");
  }
}
