package dev.slipway.model;

/** A CHECK constraint; {@code noInherit} is PostgreSQL's NO INHERIT. */
public record CheckConstraint(String name, Expr expression, boolean valid, boolean noInherit, String comment)
    implements Constraint {
  public CheckConstraint {
    Checks.name(name, "check constraint");
    Checks.required(expression, "expression of check constraint " + name);
  }

  public static CheckConstraint of(String name, String expression) {
    return new CheckConstraint(name, Expr.of(expression), true, false, null);
  }
}
