package dev.slipway.model;

/** An installed PostgreSQL extension; {@code version} null means "whatever is the default". */
public record Extension(String name, String schema, String version) {
  public Extension {
    Checks.name(name, "extension");
  }
}
