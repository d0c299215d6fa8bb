package dev.slipway.model;

/**
 * A function or procedure, identified by name plus {@code arguments} (the identity argument types,
 * e.g. {@code integer, text}). {@code definition} is the complete canonical CREATE statement
 * ({@code pg_get_functiondef}, {@code SHOW CREATE FUNCTION}).
 */
public record Routine(
    QualifiedName name, Kind kind, String arguments, String returns, String language, String definition,
    String comment) {
  public enum Kind { FUNCTION, PROCEDURE }

  public Routine {
    Checks.required(name, "routine name");
    Checks.required(kind, "kind of routine " + name);
    arguments = arguments == null ? "" : arguments;
    if (definition == null || definition.isBlank()) throw new InvalidModelException("routine " + name + " has no definition");
  }

  /** {@code name(arguments)}: the key two routines are matched by. */
  public String signature() {
    return name + "(" + arguments + ")";
  }
}
