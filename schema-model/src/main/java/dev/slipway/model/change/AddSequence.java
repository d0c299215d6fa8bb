package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.Sequence;

/** Create a standalone sequence. */
public record AddSequence(Sequence sequence) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.of(ObjectKind.SEQUENCE, sequence.name()); }
}
