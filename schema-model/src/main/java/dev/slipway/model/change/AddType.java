package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.TypeDef;

/** Create an enum, domain or composite type. */
public record AddType(TypeDef type) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.of(ObjectKind.TYPE, type.name()); }
}
