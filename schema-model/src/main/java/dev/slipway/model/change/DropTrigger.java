package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Trigger;

/** Drop a trigger. */
public record DropTrigger(QualifiedName table, Trigger trigger) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.member(ObjectKind.TRIGGER, table, trigger.name()); }
}
