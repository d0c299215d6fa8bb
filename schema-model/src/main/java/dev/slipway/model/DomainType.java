package dev.slipway.model;

import java.util.List;

/** {@code CREATE DOMAIN name AS base} with its default, NOT NULL, collation and named checks. */
public record DomainType(
    QualifiedName name, SqlType baseType, boolean notNull, Expr defaultValue, String collation,
    List<CheckConstraint> checks, String comment) implements TypeDef {
  public DomainType {
    Checks.required(name, "domain name");
    Checks.required(baseType, "base type of domain " + name);
    checks = Checks.sortedUnique(checks, CheckConstraint::name, "domain " + name + " check");
  }
}
