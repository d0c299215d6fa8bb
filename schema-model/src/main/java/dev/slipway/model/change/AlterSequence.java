package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.Sequence;

/** Change a sequence's options or owner. */
public record AlterSequence(Sequence from, Sequence to) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.of(ObjectKind.SEQUENCE, to.name()); }
}
