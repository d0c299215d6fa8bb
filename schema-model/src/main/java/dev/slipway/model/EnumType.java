package dev.slipway.model;

import java.util.List;

/** {@code CREATE TYPE name AS ENUM (labels…)}; label order is significant. */
public record EnumType(QualifiedName name, List<String> labels, String comment) implements TypeDef {
  public EnumType {
    Checks.required(name, "enum name");
    labels = Checks.list(labels);
    Checks.unique(labels, "enum " + name + " label");
  }
}
