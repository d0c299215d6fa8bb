package dev.slipway.model;

/**
 * An SQL expression as text: a default, a check, an index predicate, a generated-column formula.
 * Readers store the engine's canonical form where one exists; dialect rules compare them.
 */
public record Expr(String text) {
  public Expr {
    if (text == null || text.isBlank()) {
      throw new InvalidModelException("expression must not be empty");
    }
  }

  public static Expr of(String text) {
    return new Expr(text);
  }

  /** {@code null} for null or blank text, for optional expressions. */
  public static Expr ofNullable(String text) {
    return text == null || text.isBlank() ? null : new Expr(text);
  }

  // equals and hashCode written out (the values records give): see Column.
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Expr e && text.equals(e.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
