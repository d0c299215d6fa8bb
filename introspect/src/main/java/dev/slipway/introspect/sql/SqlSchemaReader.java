package dev.slipway.introspect.sql;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import dev.slipway.model.Dialect;
import dev.slipway.model.Schema;
import java.util.List;

/**
 * Reads desired-state SQL DDL files offline into one {@link Schema}. Files are read in the order given
 * and merged; an object defined twice is an error naming both places. Every error is an
 * {@link IntrospectionException} whose message starts with {@code file:line:column:}; nothing half-read
 * is returned.
 */
public final class SqlSchemaReader {
  private final Dialect dialect;

  public SqlSchemaReader(Dialect dialect) {
    if (dialect == null) throw new IllegalArgumentException("dialect is required");
    this.dialect = dialect;
  }

  public Schema read(List<SourceFile> files) throws IntrospectionException {
    if (dialect != Dialect.POSTGRES) {
      String where = files.isEmpty() ? "<no file>" : files.get(0).name();
      throw new IntrospectionException(where + ":1:1: reading " + dialect.id() + " DDL files is not supported yet");
    }
    try {
      return new PostgresSqlReader().read(files);
    } catch (SqlReadException e) {
      throw new IntrospectionException(e.location() + ": " + IntrospectionException.oneLine(e.getMessage()), e);
    }
  }
}
