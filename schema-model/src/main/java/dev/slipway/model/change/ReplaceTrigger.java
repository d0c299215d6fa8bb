package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Trigger;

/** Change a trigger's definition. */
public record ReplaceTrigger(QualifiedName table, Trigger from, Trigger to) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.member(ObjectKind.TRIGGER, table, to.name()); }
}
