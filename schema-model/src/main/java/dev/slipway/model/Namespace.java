package dev.slipway.model;

/** A schema (PostgreSQL) or database (MySQL) that Slipway manages. */
public record Namespace(String name, String comment, java.util.List<Attr> attrs) {
  public Namespace {
    Checks.name(name, "schema");
    attrs = Checks.list(attrs);
  }

  public static Namespace of(String name) {
    return new Namespace(name, null, java.util.List.of());
  }
}
