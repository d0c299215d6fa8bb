package dev.slipway.introspect;

import dev.slipway.model.Schema;
import java.sql.Connection;

/** Reads a live database's schema through its catalog, with a fixed number of queries. */
public interface CatalogReader {
  Schema read(Connection connection, ReadOptions options) throws IntrospectionException;

  /** How {@link DevDatabase} runs desired DDL on this reader's engine before reading it back. */
  default DevDialect devDialect() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no dev-database support");
  }
}
