package dev.slipway.model;

import java.util.List;

/** {@code CREATE TYPE name AS (attributes…)}; attribute order is significant. */
public record CompositeType(QualifiedName name, List<Attribute> attributes, String comment) implements TypeDef {
  /** One attribute of a composite type. */
  public record Attribute(String name, SqlType type, String collation) {
    public Attribute {
      Checks.name(name, "composite attribute");
      Checks.required(type, "type of attribute " + name);
    }
  }

  public CompositeType {
    Checks.required(name, "composite type name");
    attributes = Checks.list(attributes);
    Checks.unique(attributes.stream().map(Attribute::name).toList(), "composite type " + name + " attribute");
  }
}
