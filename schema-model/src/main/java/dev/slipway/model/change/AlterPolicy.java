package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.Policy;
import dev.slipway.model.QualifiedName;

/** Change a policy's roles or expressions (its command and permissiveness need drop and create). */
public record AlterPolicy(QualifiedName table, Policy from, Policy to) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.member(ObjectKind.POLICY, table, to.name()); }
}
