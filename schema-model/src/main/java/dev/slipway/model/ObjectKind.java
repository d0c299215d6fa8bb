package dev.slipway.model;

/** Kinds of schema objects, as named in reports and filters. */
public enum ObjectKind {
  SCHEMA, EXTENSION, TABLE, COLUMN, CONSTRAINT, INDEX, SEQUENCE, TYPE, VIEW, MATERIALIZED_VIEW,
  FUNCTION, PROCEDURE, TRIGGER, POLICY
}
