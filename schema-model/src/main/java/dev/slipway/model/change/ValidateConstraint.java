package dev.slipway.model.change;

import dev.slipway.model.Constraint;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Validate a constraint that exists as NOT VALID and is otherwise unchanged. */
public record ValidateConstraint(QualifiedName table, Constraint constraint) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.member(ObjectKind.CONSTRAINT, table, constraint.name()); }
}
