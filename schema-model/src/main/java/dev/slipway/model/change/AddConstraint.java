package dev.slipway.model.change;

import dev.slipway.model.Constraint;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Add a constraint to an existing table. */
public record AddConstraint(QualifiedName table, Constraint constraint) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.member(ObjectKind.CONSTRAINT, table, constraint.name()); }
}
