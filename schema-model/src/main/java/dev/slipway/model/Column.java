package dev.slipway.model;

import java.util.List;

/**
 * A table column. Optional parts are {@code null} when absent: {@code defaultValue}, {@code identity},
 * {@code generated}, {@code collation} (null = the type's or table's default), {@code comment}.
 */
public record Column(
    String name,
    SqlType type,
    boolean nullable,
    Expr defaultValue,
    Identity identity,
    Generated generated,
    String collation,
    String comment,
    List<Attr> attrs) {

  public Column {
    Checks.name(name, "column");
    Checks.required(type, "type of column " + name);
    attrs = Checks.list(attrs);
    if (identity != null && defaultValue != null) {
      throw new InvalidModelException("column " + name + " cannot have both a default and an identity");
    }
    if (generated != null && (defaultValue != null || identity != null)) {
      throw new InvalidModelException("generated column " + name + " cannot have a default or an identity");
    }
    if (identity != null && nullable) {
      throw new InvalidModelException("identity column " + name + " must be NOT NULL");
    }
  }

  /*
   * equals and hashCode are written out, with the values a record's generated ones give (hashCode: h = 31 * h
   * + each component's hash, in order). The generated ones go through method-handle chains that the
   * launcher's C1-only JIT does not inline: comparing two 10,000-table schemas spent a quarter of a second
   * in them (100,000 columns), eight times what this takes. HandWrittenEqualsTest holds them to the
   * components.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    return o instanceof Column c && nullable == c.nullable && name.equals(c.name) && type.equals(c.type)
        && java.util.Objects.equals(defaultValue, c.defaultValue) && java.util.Objects.equals(identity, c.identity)
        && java.util.Objects.equals(generated, c.generated) && java.util.Objects.equals(collation, c.collation)
        && java.util.Objects.equals(comment, c.comment) && attrs.equals(c.attrs);
  }

  @Override
  public int hashCode() {
    int h = name.hashCode();
    h = 31 * h + type.hashCode();
    h = 31 * h + Boolean.hashCode(nullable);
    h = 31 * h + java.util.Objects.hashCode(defaultValue);
    h = 31 * h + java.util.Objects.hashCode(identity);
    h = 31 * h + java.util.Objects.hashCode(generated);
    h = 31 * h + java.util.Objects.hashCode(collation);
    h = 31 * h + java.util.Objects.hashCode(comment);
    return 31 * h + attrs.hashCode();
  }

  /** A nullable column with no default. */
  public static Column of(String name, String type) {
    return new Column(name, SqlType.of(type), true, null, null, null, null, null, List.of());
  }

  public Column withNullable(boolean value) {
    return new Column(name, type, value, defaultValue, identity, generated, collation, comment, attrs);
  }

  public Column withDefault(Expr value) {
    return new Column(name, type, nullable, value, identity, generated, collation, comment, attrs);
  }

  public Column withType(SqlType value) {
    return new Column(name, value, nullable, defaultValue, identity, generated, collation, comment, attrs);
  }

  public Column withName(String value) {
    return new Column(value, type, nullable, defaultValue, identity, generated, collation, comment, attrs);
  }

  public Column withComment(String value) {
    return new Column(name, type, nullable, defaultValue, identity, generated, collation, value, attrs);
  }

  public Column withCollation(String value) {
    return new Column(name, type, nullable, defaultValue, identity, generated, value, comment, attrs);
  }

  public Column withIdentity(Identity value) {
    return new Column(name, type, nullable, defaultValue, value, generated, collation, comment, attrs);
  }

  public Column withGenerated(Generated value) {
    return new Column(name, type, nullable, defaultValue, identity, value, collation, comment, attrs);
  }

  public Column withAttrs(List<Attr> value) {
    return new Column(name, type, nullable, defaultValue, identity, generated, collation, comment, value);
  }

  /** The attr of the given class, if this column has one. */
  public <A extends Attr> java.util.Optional<A> findAttr(Class<A> kind) {
    return attrs.stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }
}
