package dev.slipway.model;

/** The SQL dialect a schema is written in; MariaDB and MySQL share {@link #MYSQL}. */
public enum Dialect {
  POSTGRES("postgresql"),
  MYSQL("mysql");

  private final String id;

  Dialect(String id) {
    this.id = id;
  }

  /** The name used in plan JSON ({@code "dialect"}) and messages. */
  public String id() {
    return id;
  }
}
