package dev.slipway.model;

import java.util.List;

/**
 * A secondary index (not one backing a PRIMARY KEY or UNIQUE constraint). {@code method} is the access
 * method ({@code btree}, {@code gin}, MySQL {@code BTREE}/{@code FULLTEXT}/{@code SPATIAL}); {@code predicate}
 * makes it partial; {@code valid} is false for an index left invalid by a failed concurrent build.
 */
public record Index(
    String name,
    List<IndexKey> keys,
    String method,
    boolean unique,
    boolean nullsNotDistinct,
    List<String> include,
    Expr predicate,
    List<String> storageParameters,
    boolean valid,
    String comment,
    List<Attr> attrs) {

  public Index {
    Checks.name(name, "index");
    keys = Checks.list(keys);
    include = Checks.list(include);
    storageParameters = Checks.list(storageParameters);
    attrs = Checks.list(attrs);
    if (keys.isEmpty()) throw new InvalidModelException("index " + name + " has no keys");
    Checks.name(method, "method of index " + name);
    if (nullsNotDistinct && !unique) {
      throw new InvalidModelException("index " + name + ": NULLS NOT DISTINCT needs a unique index");
    }
  }

  /** A valid btree index over plain columns. */
  public static Index of(String name, boolean unique, String... columns) {
    return new Index(name, java.util.Arrays.stream(columns).map(IndexKey::column).toList(), "btree",
        unique, false, List.of(), null, List.of(), true, null, List.of());
  }

  public Index withName(String value) {
    return new Index(value, keys, method, unique, nullsNotDistinct, include, predicate, storageParameters,
        valid, comment, attrs);
  }

  public Index withValid(boolean value) {
    return new Index(name, keys, method, unique, nullsNotDistinct, include, predicate, storageParameters,
        value, comment, attrs);
  }
}
