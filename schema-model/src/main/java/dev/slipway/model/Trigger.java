package dev.slipway.model;

/**
 * A trigger on a table. {@code definition} is the canonical CREATE TRIGGER text (PostgreSQL
 * {@code pg_get_triggerdef}; for MySQL the full statement with its body); {@code function} names the
 * PostgreSQL trigger function it executes, {@code null} on MySQL.
 */
public record Trigger(String name, String definition, QualifiedName function, boolean enabled, String comment) {
  public Trigger {
    Checks.name(name, "trigger");
    if (definition == null || definition.isBlank()) throw new InvalidModelException("trigger " + name + " has no definition");
  }
}
