package dev.slipway.model;

/**
 * Names one schema object: a relation or type by its qualified name, or a member of a table
 * (column, constraint, index, trigger, policy) by the table's name and its own.
 */
public record ObjectRef(ObjectKind kind, QualifiedName name, String member) implements Comparable<ObjectRef> {
  public ObjectRef {
    Checks.required(kind, "object kind");
    Checks.required(name, "object name");
    if (member != null) {
      Checks.name(member, kind.name().toLowerCase() + " of " + name);
    }
  }

  public static ObjectRef of(ObjectKind kind, QualifiedName name) {
    return new ObjectRef(kind, name, null);
  }

  public static ObjectRef schema(String schema) {
    return new ObjectRef(ObjectKind.SCHEMA, new QualifiedName(schema, schema), null);
  }

  public static ObjectRef table(QualifiedName table) {
    return new ObjectRef(ObjectKind.TABLE, table, null);
  }

  public static ObjectRef column(QualifiedName table, String column) {
    return new ObjectRef(ObjectKind.COLUMN, table, column);
  }

  public static ObjectRef member(ObjectKind kind, QualifiedName table, String member) {
    return new ObjectRef(kind, table, member);
  }

  @Override
  public int compareTo(ObjectRef o) {
    int c = name.compareTo(o.name);
    if (c != 0) return c;
    c = kind.compareTo(o.kind);
    if (c != 0) return c;
    return String.valueOf(member).compareTo(String.valueOf(o.member));
  }

  /** {@code schema.table.member} or {@code schema.name}, unquoted: for messages. */
  @Override
  public String toString() {
    if (kind == ObjectKind.SCHEMA) return name.schema();
    return member == null ? name.toString() : name + "." + member;
  }
}
