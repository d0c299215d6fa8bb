package dev.slipway.introspect.sql;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.CompositeType;
import dev.slipway.model.Constraint;
import dev.slipway.model.DomainType;
import dev.slipway.model.EnumType;
import dev.slipway.model.ExclusionConstraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.Namespace;
import dev.slipway.model.Policy;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Sequence;
import dev.slipway.model.Trigger;
import dev.slipway.model.TypeDef;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.View;
import java.util.ArrayList;
import java.util.List;

/** {@code COMMENT ON kind name IS 'text' | NULL} (postgresql.org/docs/current/sql-comment.html). */
final class PostgresCommentReader {
  private final SqlStatement st;
  private final Cursor c;
  private final SchemaState s;

  PostgresCommentReader(SqlStatement st, Cursor c, SchemaState s) {
    this.st = st;
    this.c = c;
    this.s = s;
  }

  /** The cursor is just past {@code COMMENT ON}. */
  void read() {
    Token kindAt = c.peek();
    String kind = c.identifier("object kind");
    if (kind.equals("materialized")) {
      c.expect("view");
      kind = "view";
    }
    Token at = c.peek();
    switch (kind) {
      case "table" -> table(at, s.qualify(c.dottedName("table")), text());
      case "column" -> column(at, c.dottedName("column"));
      case "index" -> index(at, s.qualify(c.dottedName("index")));
      case "constraint", "trigger", "policy" -> member(kind, at);
      case "type", "domain" -> type(at, s.qualify(c.dottedName("type")));
      case "view" -> view(at, s.qualify(c.dottedName("view")));
      case "sequence" -> sequence(at, s.qualify(c.dottedName("sequence")));
      case "schema" -> schema(c.identifier("schema"));
      case "function", "procedure" -> routine(at);
      case "extension" -> {
        c.identifier("extension");
        text();
      }
      default -> throw st.error(kindAt, "COMMENT ON " + kind.toUpperCase() + " is not supported");
    }
  }

  private String text() {
    c.expect("is");
    if (c.accept("null")) return null;
    Token t = c.next();
    if (t.kind() != Token.Kind.STRING && t.kind() != Token.Kind.DOLLAR) throw c.failAt(t, "expected a string literal");
    c.expectEnd();
    return t.value().isEmpty() ? null : t.value();
  }

  private TableState requireTable(Token at, QualifiedName name) {
    TableState t = s.tables.get(name);
    if (t == null) throw st.error(at, "COMMENT ON unknown table " + name);
    return t;
  }

  private void table(Token at, QualifiedName name, String text) {
    requireTable(at, name).comment = text;
  }

  private void column(Token at, List<String> parts) {
    if (parts.size() < 2) throw st.error(at, "COMMENT ON COLUMN needs table.column");
    QualifiedName table = s.qualify(parts.subList(0, parts.size() - 1));
    String col = parts.get(parts.size() - 1);
    String text = text();
    TableState t = s.tables.get(table);
    if (t == null) {
      View v = s.views.get(table);
      if (v != null) return; // view column comments are not modelled
      throw st.error(at, "COMMENT ON unknown table " + table);
    }
    t.replaceColumn(t.column(col).orElseThrow(() -> st.error(at, "unknown column \"" + col + "\" of table " + table))
        .withComment(text));
  }

  private void index(Token at, QualifiedName name) {
    String text = text();
    QualifiedName owner = s.indexOwners.get(name);
    if (owner == null) throw st.error(at, "COMMENT ON unknown index " + name);
    TableState t = s.tables.get(owner);
    if (t != null) {
      t.indexes.put(name.name(), withComment(t.indexes.get(name.name()), text));
      return;
    }
    View v = s.views.get(owner);
    List<Index> indexes = new ArrayList<>();
    for (Index i : v.indexes()) indexes.add(i.name().equals(name.name()) ? withComment(i, text) : i);
    s.views.put(owner, new View(v.name(), v.definition(), v.materialized(), v.options(), indexes, v.dependsOn(), v.comment(), v.attrs()));
  }

  private static Index withComment(Index i, String text) {
    return new Index(i.name(), i.keys(), i.method(), i.unique(), i.nullsNotDistinct(), i.include(), i.predicate(),
        i.storageParameters(), i.valid(), text, i.attrs());
  }

  private void member(String kind, Token at) {
    String name = c.identifier(kind + " name");
    c.expect("on");
    if (kind.equals("constraint") && c.accept("domain")) {
      domainConstraint(at, name, c.peek(), s.qualify(c.dottedName("domain")));
      return;
    }
    Token tableAt = c.peek();
    QualifiedName table = s.qualify(c.dottedName("table"));
    TableState t = requireTable(tableAt, table);
    String text = text();
    if (kind.equals("trigger")) {
      Trigger tr = t.triggers.get(name);
      if (tr == null) throw st.error(at, "unknown trigger \"" + name + "\" on table " + table);
      t.triggers.put(name, new Trigger(tr.name(), tr.definition(), tr.function(), tr.enabled(), text));
    } else if (kind.equals("policy")) {
      Policy p = t.policies.get(name);
      if (p == null) throw st.error(at, "unknown policy \"" + name + "\" on table " + table);
      t.policies.put(name, new Policy(p.name(), p.permissive(), p.command(), p.roles(), p.using(), p.withCheck(), text));
    } else {
      Constraint con = t.constraints.get(name);
      if (con != null) {
        t.constraints.put(name, withComment(con, text));
        return;
      }
      for (int i = 0; i < t.foreignKeys.size(); i++) {
        TableState.PendingForeignKey p = t.foreignKeys.get(i);
        if (p.draft().name().equals(name)) {
          t.foreignKeys.set(i, new TableState.PendingForeignKey((ForeignKey) withComment(p.draft(), text),
              p.refColumnsImplicit(), p.location()));
          return;
        }
      }
      throw st.error(at, "unknown constraint \"" + name + "\" on table " + table);
    }
  }

  private void domainConstraint(Token at, String name, Token domainAt, QualifiedName domain) {
    String text = text();
    if (!(s.types.get(domain) instanceof DomainType d)) throw st.error(domainAt, "COMMENT ON unknown domain " + domain);
    List<CheckConstraint> checks = new ArrayList<>();
    boolean found = false;
    for (CheckConstraint k : d.checks()) {
      found |= k.name().equals(name);
      checks.add(k.name().equals(name) ? new CheckConstraint(k.name(), k.expression(), k.valid(), k.noInherit(), text) : k);
    }
    if (!found) throw st.error(at, "unknown constraint \"" + name + "\" on domain " + domain);
    s.types.put(domain, new DomainType(d.name(), d.baseType(), d.notNull(), d.defaultValue(), d.collation(), checks, d.comment()));
  }

  private static Constraint withComment(Constraint con, String text) {
    if (con instanceof PrimaryKey p) return new PrimaryKey(p.name(), p.columns(), p.include(), text);
    if (con instanceof UniqueConstraint u) {
      return new UniqueConstraint(u.name(), u.columns(), u.include(), u.nullsNotDistinct(), u.deferrability(), text);
    }
    if (con instanceof CheckConstraint k) return new CheckConstraint(k.name(), k.expression(), k.valid(), k.noInherit(), text);
    if (con instanceof ExclusionConstraint x) return new ExclusionConstraint(x.name(), x.definition(), x.deferrability(), text);
    ForeignKey f = (ForeignKey) con;
    return new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(), f.onUpdate(), f.onDelete(),
        f.match(), f.deferrability(), f.valid(), text);
  }

  private void type(Token at, QualifiedName name) {
    String text = text();
    TypeDef t = s.types.get(name);
    if (t == null) throw st.error(at, "COMMENT ON unknown type " + name);
    TypeDef updated;
    if (t instanceof EnumType e) updated = new EnumType(e.name(), e.labels(), text);
    else if (t instanceof CompositeType ct) updated = new CompositeType(ct.name(), ct.attributes(), text);
    else {
      DomainType d = (DomainType) t;
      updated = new DomainType(d.name(), d.baseType(), d.notNull(), d.defaultValue(), d.collation(), d.checks(), text);
    }
    s.types.put(name, updated);
  }

  private void view(Token at, QualifiedName name) {
    String text = text();
    View v = s.views.get(name);
    if (v == null) throw st.error(at, "COMMENT ON unknown view " + name);
    s.views.put(name, new View(v.name(), v.definition(), v.materialized(), v.options(), v.indexes(), v.dependsOn(), text, v.attrs()));
  }

  private void sequence(Token at, QualifiedName name) {
    String text = text();
    Sequence q = s.sequences.get(name);
    if (q == null) throw st.error(at, "COMMENT ON unknown sequence " + name);
    s.sequences.put(name, new Sequence(q.name(), q.options(), q.ownedByTable(), q.ownedByColumn(), text));
  }

  private void schema(String name) {
    String text = text();
    Namespace n = s.namespaces.getOrDefault(name, Namespace.of(name));
    s.namespaces.put(name, new Namespace(name, text, n.attrs()));
  }

  private void routine(Token at) {
    String signature = new PostgresCodeReader(st, c, s).signature();
    String text = text();
    Routine r = s.routines.get(signature);
    if (r == null) throw st.error(at, "COMMENT ON unknown routine " + signature);
    s.routines.put(signature, new Routine(r.name(), r.kind(), r.arguments(), r.returns(), r.language(), r.definition(), text));
  }
}
