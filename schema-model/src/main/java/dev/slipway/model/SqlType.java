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

  @Override
  public String toString() {
    return text;
  }
}
