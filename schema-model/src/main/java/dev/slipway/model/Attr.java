package dev.slipway.model;

/**
 * A dialect-only fact about an object (MySQL table options, PostgreSQL storage parameters).
 * Implementations are records in {@code model.postgres} / {@code model.mysql}, each citing the vendor
 * doc that defines it. At most one attr of each class per object.
 */
public interface Attr {}
