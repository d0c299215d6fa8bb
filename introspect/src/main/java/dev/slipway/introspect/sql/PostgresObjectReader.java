package dev.slipway.introspect.sql;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.CompositeType;
import dev.slipway.model.DomainType;
import dev.slipway.model.EnumType;
import dev.slipway.model.Expr;
import dev.slipway.model.Extension;
import dev.slipway.model.Namespace;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Sequence;
import dev.slipway.model.SqlType;
import java.util.ArrayList;
import java.util.List;

/** CREATE SCHEMA, EXTENSION, TYPE, DOMAIN and SEQUENCE: the objects tables depend on. */
final class PostgresObjectReader {
  private final SqlStatement st;
  private final Cursor c;
  private final SchemaState s;

  PostgresObjectReader(SqlStatement st, Cursor c, SchemaState s) {
    this.st = st;
    this.c = c;
    this.s = s;
  }

  void schema() {
    boolean ifNotExists = c.accept("if", "not", "exists");
    Token at = c.peek();
    // CREATE SCHEMA AUTHORIZATION role names the schema after the role.
    String name = c.accept("authorization") ? c.identifier("role") : c.identifier("schema name");
    if (c.accept("authorization")) c.identifier("role");
    c.expectEnd();
    String earlier = s.define("schema " + name, st.location(st.first()));
    if (earlier != null && !ifNotExists && !name.equals("public")) {
      throw st.error(at, "schema " + name + " is already defined at " + earlier);
    }
    s.namespaces.putIfAbsent(name, Namespace.of(name));
  }

  void extension() {
    c.accept("if", "not", "exists");
    String name = c.identifier("extension name");
    String schema = s.currentSchema;
    String version = null;
    c.accept("with");
    while (!c.atEnd()) {
      if (c.accept("schema")) schema = c.identifier("schema");
      else if (c.accept("version")) version = c.next().value();
      else if (!c.accept("cascade")) throw c.fail("unexpected \"" + c.peek().value() + "\"");
    }
    // The version is whatever the server's default is unless pinned; the catalog reader decides what to compare.
    s.extensions.put(name, new Extension(name, schema, version));
  }

  void type() {
    Token at = c.peek();
    QualifiedName name = s.qualify(c.dottedName("type name"));
    defineType(at, name);
    c.expect("as");
    if (c.accept("enum")) {
      int[] r = c.parens();
      List<String> labels = new ArrayList<>();
      for (int[] p : c.splitCommas(r[0], r[1])) {
        Token t = st.tokens().get(p[0]);
        if (t.kind() != Token.Kind.STRING || p[1] - p[0] != 1) throw st.error(t, "enum labels must be string literals");
        if (labels.contains(t.value())) throw st.error(t, "enum label '" + t.value() + "' appears twice");
        labels.add(t.value());
      }
      s.types.put(name, new EnumType(name, labels, null));
    } else if (c.peek().isPunct("(")) {
      int[] r = c.parens();
      List<CompositeType.Attribute> attributes = new ArrayList<>();
      for (int[] p : c.splitCommas(r[0], r[1])) {
        Cursor e = c.sub(p[0], p[1]);
        Token attrAt = e.peek();
        String attr = PostgresNames.truncate(e.identifier("attribute name"));
        if (attributes.stream().anyMatch(a -> a.name().equals(attr))) {
          throw st.error(attrAt, "attribute \"" + attr + "\" specified more than once");
        }
        String type = PostgresTypes.read(e, s).text();
        String collation = null;
        if (e.accept("collate")) {
          List<String> coll = e.dottedName("collation");
          collation = coll.get(coll.size() - 1);
        }
        e.expectEnd();
        attributes.add(new CompositeType.Attribute(attr, SqlType.of(type), collation));
      }
      s.types.put(name, new CompositeType(name, attributes, null));
    } else {
      throw c.fail("only ENUM and composite types are supported");
    }
    c.expectEnd();
  }

  void domain() {
    Token at = c.peek();
    QualifiedName name = s.qualify(c.dottedName("domain name"));
    defineType(at, name);
    c.accept("as");
    PostgresTypes.Parsed base = PostgresTypes.read(c, s);
    if (base.serialOf() != null) throw st.error(at, "a domain cannot be based on a serial type");
    boolean notNull = false;
    Expr def = null;
    String collation = null;
    List<CheckConstraint> checks = new ArrayList<>();
    String constraintName = null;
    while (!c.atEnd()) {
      if (c.accept("constraint")) {
        constraintName = c.identifier("constraint name");
        continue;
      }
      if (c.accept("not", "null")) {
        notNull = true;
      } else if (c.accept("null")) {
        notNull = false;
      } else if (c.accept("default")) {
        int[] r = c.until("constraint", "not", "null", "check", "collate");
        def = Expr.of(st.text(r[0], r[1]));
      } else if (c.accept("collate")) {
        List<String> coll = c.dottedName("collation");
        collation = coll.get(coll.size() - 1);
      } else if (c.accept("check")) {
        String expr = c.parenText();
        boolean valid = !c.accept("not", "valid");
        // An unnamed domain CHECK is named <domain>_check (ChooseConstraintName with no column).
        String n = constraintName != null ? constraintName
            : PostgresNames.choose(name.name(), null, "check", s.constraintNames(name.schema()));
        if (checks.stream().anyMatch(k -> k.name().equals(n))) throw c.fail("constraint " + n + " defined twice");
        checks.add(new CheckConstraint(n, Expr.of(expr), valid, false, null));
      } else {
        throw c.fail("unexpected \"" + c.peek().value() + "\" in CREATE DOMAIN");
      }
      constraintName = null;
    }
    s.types.put(name, new DomainType(name, SqlType.of(base.text()), notNull, def, collation, checks, null));
  }

  void sequence() {
    c.accept("if", "not", "exists");
    Token at = c.peek();
    QualifiedName name = s.qualify(c.dottedName("sequence name"));
    String earlier = s.define("relation " + name, st.location(st.first()));
    if (earlier != null) throw st.error(at, "relation " + name + " is already defined at " + earlier);
    s.relationNames(name.schema()).add(name.name());
    PostgresSequenceOptions o = PostgresSequenceOptions.read(c, s);
    c.expectEnd();
    Sequence seq = build(at, name, o, null, null);
    s.sequences.put(name, seq);
    if (o.ownedBy != null) s.pendingOwners.put(name, new SchemaState.Owner(o.ownedBy, st.location(at)));
  }

  Sequence build(Token at, QualifiedName name, PostgresSequenceOptions o, QualifiedName ownerTable, String ownerColumn) {
    try {
      return new Sequence(name, o.build("bigint"), ownerTable, ownerColumn, null);
    } catch (dev.slipway.model.InvalidModelException e) {
      throw st.error(at, e.getMessage());
    }
  }

  private void defineType(Token at, QualifiedName name) {
    String earlier = s.define("type " + name, st.location(st.first()));
    if (earlier != null) throw st.error(at, "type " + name + " is already defined at " + earlier);
  }
}
