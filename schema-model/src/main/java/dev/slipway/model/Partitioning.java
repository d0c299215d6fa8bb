package dev.slipway.model;

import java.util.List;

/** How a partitioned table splits rows: {@code PARTITION BY strategy (keys)}; keys are columns or expressions. */
public record Partitioning(Strategy strategy, List<String> keys) {
  public enum Strategy { RANGE, LIST, HASH, KEY }

  public Partitioning {
    Checks.required(strategy, "partition strategy");
    keys = Checks.list(keys);
    if (keys.isEmpty()) throw new InvalidModelException("partitioning by " + strategy + " has no keys");
  }
}
