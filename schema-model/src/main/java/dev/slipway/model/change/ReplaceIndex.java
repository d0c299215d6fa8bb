package dev.slipway.model.change;

import dev.slipway.model.Index;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Replace an index whose definition changed (or that is invalid) by one of the same name. */
public record ReplaceIndex(QualifiedName table, Index from, Index to) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.member(ObjectKind.INDEX, table, to.name()); }
}
