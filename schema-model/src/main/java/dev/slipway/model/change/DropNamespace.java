package dev.slipway.model.change;

import dev.slipway.model.Namespace;
import dev.slipway.model.ObjectRef;

/** Drop a schema that the desired state no longer has. */
public record DropNamespace(Namespace namespace) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.schema(namespace.name()); }
}
