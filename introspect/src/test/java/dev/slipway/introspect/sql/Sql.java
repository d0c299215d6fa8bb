package dev.slipway.introspect.sql;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import dev.slipway.model.Dialect;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import java.util.List;

/** Test helpers: read one PostgreSQL DDL text as file {@code schema.sql}. */
final class Sql {
  private Sql() {}

  static Schema read(String text) {
    try {
      return new SqlSchemaReader(Dialect.POSTGRES).read(List.of(new SourceFile("schema.sql", text)));
    } catch (IntrospectionException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static String error(String text) {
    try {
      new SqlSchemaReader(Dialect.POSTGRES).read(List.of(new SourceFile("schema.sql", text)));
    } catch (IntrospectionException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an error for:\n" + text);
  }

  static Table table(Schema s, String name) {
    String[] parts = name.split("\\.");
    return s.requireTable(parts.length == 2 ? QualifiedName.of(parts[0], parts[1]) : QualifiedName.of("public", name));
  }
}
