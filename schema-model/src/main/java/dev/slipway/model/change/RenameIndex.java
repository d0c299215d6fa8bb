package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Rename an index whose definition is unchanged. */
public record RenameIndex(QualifiedName table, String from, String to) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.member(ObjectKind.INDEX, table, to); }
}
