package dev.slipway.model.change;

import dev.slipway.model.Namespace;
import dev.slipway.model.ObjectRef;

/** Create a schema (PostgreSQL) or database (MySQL). */
public record AddNamespace(Namespace namespace) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.schema(namespace.name()); }
}
