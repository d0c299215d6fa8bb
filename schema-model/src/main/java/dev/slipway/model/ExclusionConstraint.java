package dev.slipway.model;

import java.util.List;

/**
 * A PostgreSQL EXCLUDE constraint, kept as the server's canonical definition text
 * ({@code pg_get_constraintdef}), e.g. {@code EXCLUDE USING gist (room WITH =, during WITH &&)}.
 */
public record ExclusionConstraint(String name, String definition, Deferrability deferrability, String comment)
    implements Constraint {
  public ExclusionConstraint {
    Checks.name(name, "exclusion constraint");
    if (definition == null || definition.isBlank()) {
      throw new InvalidModelException("exclusion constraint " + name + " has no definition");
    }
    deferrability = deferrability == null ? Deferrability.NOT_DEFERRABLE : deferrability;
  }
}
