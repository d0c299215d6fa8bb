package dev.slipway.model;

/**
 * One key of an index: a column or an expression, with optional collation and operator class,
 * sort order and NULLS placement, and MySQL's prefix length. Exactly one of column / expression is set.
 */
public record IndexKey(
    String column, Expr expression, String collation, String opclass, Order order, Nulls nulls,
    Integer prefixLength) {

  public enum Order { ASC, DESC }

  /** NULLS placement; {@code DEFAULT} means the engine's default for the order. */
  public enum Nulls { DEFAULT, FIRST, LAST }

  public IndexKey {
    if ((column == null) == (expression == null)) {
      throw new InvalidModelException("an index key is either a column or an expression");
    }
    if (column != null) Checks.name(column, "index key column");
    order = order == null ? Order.ASC : order;
    nulls = nulls == null ? Nulls.DEFAULT : nulls;
    if (prefixLength != null && prefixLength <= 0) {
      throw new InvalidModelException("index prefix length must be positive, was " + prefixLength);
    }
  }

  public static IndexKey column(String name) {
    return new IndexKey(name, null, null, null, Order.ASC, Nulls.DEFAULT, null);
  }

  public static IndexKey expression(String text) {
    return new IndexKey(null, Expr.of(text), null, null, Order.ASC, Nulls.DEFAULT, null);
  }

  public IndexKey desc() {
    return new IndexKey(column, expression, collation, opclass, Order.DESC, nulls, prefixLength);
  }
}
