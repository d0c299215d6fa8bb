package dev.slipway.model;

/** A generated column: {@code GENERATED ALWAYS AS (expression) STORED|VIRTUAL}. */
public record Generated(Expr expression, boolean stored) {
  public Generated {
    Checks.required(expression, "generation expression");
  }
}
