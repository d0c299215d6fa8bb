package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.Sequence;

/** Drop a sequence (its current value is lost). */
public record DropSequence(Sequence sequence) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.of(ObjectKind.SEQUENCE, sequence.name()); }
}
