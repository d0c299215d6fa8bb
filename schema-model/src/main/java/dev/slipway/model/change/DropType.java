package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.TypeDef;

/** Drop a user-defined type. */
public record DropType(TypeDef type) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.of(ObjectKind.TYPE, type.name()); }
}
