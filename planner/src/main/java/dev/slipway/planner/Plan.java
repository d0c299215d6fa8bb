package dev.slipway.planner;

import dev.slipway.model.ServerVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An ordered list of statements that takes the current schema to the desired one. */
public record Plan(
    ServerVersion serverVersion, String currentFingerprint, String desiredFingerprint, List<Statement> statements) {

  public Plan {
    statements = List.copyOf(statements);
  }

  public boolean isEmpty() {
    return statements.isEmpty();
  }

  /** How many statements carry each hazard code, in code order. */
  public Map<HazardCode, Integer> hazardCounts() {
    Map<HazardCode, Integer> counts = new EnumMap<>(HazardCode.class);
    for (Statement s : statements) {
      for (Hazard h : s.hazards()) counts.merge(h.code(), 1, Integer::sum);
    }
    return counts;
  }
}
