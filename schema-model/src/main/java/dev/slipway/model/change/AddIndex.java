package dev.slipway.model.change;

import dev.slipway.model.Index;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Build an index on an existing table or materialized view. */
public record AddIndex(QualifiedName table, Index index) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.member(ObjectKind.INDEX, table, index.name()); }
}
