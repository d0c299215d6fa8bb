package dev.slipway.model.change;

/** The parts of a column an {@link AlterColumn} changes. */
public enum ColumnAspect { TYPE, NULLABILITY, DEFAULT, IDENTITY, GENERATED, COLLATION, COMMENT, OPTIONS }
