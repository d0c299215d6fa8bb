package dev.slipway.introspect;

import java.util.List;

/**
 * What to read: {@code schemas} to include (empty = every non-system schema, or the connected database on
 * MySQL) and {@code exclude} globs matched against {@code schema} and {@code schema.table}.
 */
public record ReadOptions(List<String> schemas, List<String> exclude) {
  public static final ReadOptions ALL = new ReadOptions(List.of(), List.of());

  public ReadOptions {
    schemas = schemas == null ? List.of() : List.copyOf(schemas);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }
}
