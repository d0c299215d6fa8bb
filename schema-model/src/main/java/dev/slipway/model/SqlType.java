package dev.slipway.model;

/**
 * A column or attribute type as canonical text ({@code character varying(20)}, {@code int unsigned}).
 * Dialect rules, not this record, decide when two spellings mean the same type.
 */
public record SqlType(String text) {
  public SqlType {
    if (text == null || text.isBlank()) {
      throw new InvalidModelException("type must not be empty");
    }
  }

  public static SqlType of(String text) {
    return new SqlType(text);
  }

  // equals and hashCode written out (the values records give): see Column.
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof SqlType t && text.equals(t.text);
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
