package dev.slipway.introspect;

import dev.slipway.model.Schema;
import java.sql.Connection;

/** Reads a live database's schema through its catalog, with a fixed number of queries. */
public interface CatalogReader {
  Schema read(Connection connection, ReadOptions options) throws IntrospectionException;
}
