package dev.slipway.model;

/**
 * This table is a partition of {@code parent} with the given bound, in the engine's canonical text
 * ({@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')}, {@code DEFAULT}).
 */
public record PartitionOf(QualifiedName parent, String bound) {
  public PartitionOf {
    Checks.required(parent, "parent of partition");
    if (bound == null || bound.isBlank()) throw new InvalidModelException("partition of " + parent + " has no bound");
  }
}
