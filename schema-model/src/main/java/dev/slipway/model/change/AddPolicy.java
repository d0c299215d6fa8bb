package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.Policy;
import dev.slipway.model.QualifiedName;

/** Create a row-level security policy. */
public record AddPolicy(QualifiedName table, Policy policy) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.member(ObjectKind.POLICY, table, policy.name()); }
}
