package dev.slipway.model;

/** A user-defined type: enum, domain or composite. */
public sealed interface TypeDef permits EnumType, DomainType, CompositeType {
  QualifiedName name();

  String comment();
}
