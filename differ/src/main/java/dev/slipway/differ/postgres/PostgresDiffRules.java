package dev.slipway.differ.postgres;

import dev.slipway.differ.DiffRules;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.CompositeType;
import dev.slipway.model.Constraint;
import dev.slipway.model.DomainType;
import dev.slipway.model.Expr;
import dev.slipway.model.Generated;
import dev.slipway.model.Identity;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.Policy;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import dev.slipway.model.TypeDef;
import dev.slipway.model.View;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's equivalences: built-in type aliases ({@code int4} = {@code integer}, {@code timestamptz} =
 * {@code timestamp with time zone}), case and whitespace outside quotes, parentheses around a whole
 * expression, and the {@code "default"} collation meaning none. It says "different" whenever unsure:
 * casts are kept ({@code 'x'::text} ≠ {@code 'x'::character varying}) and {@code now()} ≠
 * {@code CURRENT_TIMESTAMP} (the catalog keeps them apart). Both sides normally come from the same catalog
 * reader, so exact-equal text is the common case; this class only has to absorb hand-written spellings.
 */
public final class PostgresDiffRules implements DiffRules {

  /**
   * Normalises every type and expression; records whose text is already canonical are kept as they are
   * (no copy), which keeps a 50,000-table schema cheap when both sides come from the catalog.
   */
  @Override
  public Schema normalize(Schema s) {
    List<TypeDef> types = new ArrayList<>(s.types().size());
    boolean same = true;
    for (TypeDef t : s.types()) {
      TypeDef n = type(t);
      same &= n.equals(t);
      types.add(n.equals(t) ? t : n);
    }
    List<Sequence> sequences = new ArrayList<>(s.sequences().size());
    for (Sequence q : s.sequences()) {
      SequenceOptions o = options(q.options());
      Sequence n = o.equals(q.options()) ? q : new Sequence(q.name(), o, q.ownedByTable(), q.ownedByColumn(), q.comment());
      same &= n == q;
      sequences.add(n);
    }
    List<Table> tables = new ArrayList<>(s.tables().size());
    for (Table t : s.tables()) {
      Table n = table(t);
      same &= n == t;
      tables.add(n);
    }
    List<View> views = new ArrayList<>(s.views().size());
    for (View v : s.views()) {
      String def = viewText(v.definition());
      List<Index> idx = indexes(v.indexes());
      View n = def.equals(v.definition()) && idx == v.indexes() ? v
          : new View(v.name(), def, v.materialized(), v.options(), idx, v.dependsOn(), v.comment(), v.attrs());
      same &= n == v;
      views.add(n);
    }
    if (same) return s;
    return new Schema(s.dialect(), s.namespaces(), s.extensions(), types, sequences, tables, views, s.routines(),
        s.renameHints());
  }

  @Override
  public boolean sameType(SqlType a, SqlType b) {
    return a.text().equals(b.text()) || PostgresText.type(a.text()).equals(PostgresText.type(b.text()));
  }

  @Override
  public boolean sameDefault(Expr a, Expr b) {
    return sameExpression(a, b);
  }

  @Override
  public boolean sameExpression(Expr a, Expr b) {
    return a.text().equals(b.text()) || PostgresText.expression(a.text()).equals(PostgresText.expression(b.text()));
  }

  private static SqlType sqlType(SqlType t) {
    return SqlType.of(PostgresText.type(t.text()));
  }

  private static Expr expr(Expr e) {
    return e == null ? null : Expr.of(PostgresText.expression(e.text()));
  }

  /** {@code "default"} and {@code default} name the database default collation, the same as none. */
  private static String collation(String c) {
    if (c == null) return null;
    String t = c.strip();
    return t.equals("default") || t.equals("\"default\"") || t.isEmpty() ? null : t;
  }

  private static String viewText(String definition) {
    String t = definition.strip();
    while (t.endsWith(";")) t = t.substring(0, t.length() - 1).strip();
    return t;
  }

  private static SequenceOptions options(SequenceOptions o) {
    return new SequenceOptions(PostgresText.type(o.dataType()), o.start(), o.increment(), o.min(), o.max(),
        o.cache(), o.cycle());
  }

  private static TypeDef type(TypeDef t) {
    if (t instanceof DomainType d) {
      List<CheckConstraint> checks = new ArrayList<>();
      for (CheckConstraint c : d.checks()) checks.add(check(c));
      return new DomainType(d.name(), sqlType(d.baseType()), d.notNull(), expr(d.defaultValue()),
          collation(d.collation()), checks, d.comment());
    }
    if (t instanceof CompositeType c) {
      List<CompositeType.Attribute> attrs = new ArrayList<>();
      for (CompositeType.Attribute a : c.attributes()) {
        attrs.add(new CompositeType.Attribute(a.name(), sqlType(a.type()), collation(a.collation())));
      }
      return new CompositeType(c.name(), attrs, c.comment());
    }
    return t;
  }

  private static CheckConstraint check(CheckConstraint c) {
    return new CheckConstraint(c.name(), expr(c.expression()), c.valid(), c.noInherit(), c.comment());
  }

  private static Table table(Table t) {
    boolean same = true;
    List<Column> columns = new ArrayList<>(t.columns().size());
    for (Column c : t.columns()) {
      Column n = column(c);
      same &= n == c;
      columns.add(n);
    }
    List<Constraint> constraints = new ArrayList<>(t.constraints().size());
    for (Constraint c : t.constraints()) {
      Constraint n = c instanceof CheckConstraint k ? check(k) : c;
      same &= n.equals(c);
      constraints.add(n);
    }
    List<Policy> policies = new ArrayList<>(t.policies().size());
    for (Policy p : t.policies()) {
      Policy n = new Policy(p.name(), p.permissive(), p.command(), p.roles(), expr(p.using()), expr(p.withCheck()),
          p.comment());
      same &= n.equals(p);
      policies.add(n);
    }
    List<Index> indexes = indexes(t.indexes());
    if (same && indexes == t.indexes()) return t;
    return new Table(t.name(), columns, constraints, indexes, t.triggers(), policies, t.partitioning(),
        t.partitionOf(), t.rowSecurity(), t.forceRowSecurity(), t.comment(), t.attrs(), t.size());
  }

  private static Column column(Column c) {
    SqlType type = sqlType(c.type());
    Expr def = expr(c.defaultValue());
    String coll = collation(c.collation());
    Identity id = c.identity() == null ? null
        : new Identity(c.identity().generation(), options(c.identity().options()));
    Generated g = c.generated() == null ? null : new Generated(expr(c.generated().expression()), c.generated().stored());
    if (type.equals(c.type()) && java.util.Objects.equals(def, c.defaultValue())
        && java.util.Objects.equals(coll, c.collation()) && java.util.Objects.equals(id, c.identity())
        && java.util.Objects.equals(g, c.generated())) {
      return c;
    }
    return new Column(c.name(), type, c.nullable(), def, id, g, coll, c.comment(), c.attrs());
  }

  /** The same list instance when every index is already canonical. */
  private static List<Index> indexes(List<Index> indexes) {
    List<Index> out = new ArrayList<>(indexes.size());
    boolean same = true;
    for (Index i : indexes) {
      List<IndexKey> keys = new ArrayList<>(i.keys().size());
      boolean keysSame = true;
      for (IndexKey k : i.keys()) {
        Expr e = expr(k.expression());
        String coll = collation(k.collation());
        if (java.util.Objects.equals(e, k.expression()) && java.util.Objects.equals(coll, k.collation())) {
          keys.add(k);
        } else {
          keysSame = false;
          keys.add(new IndexKey(k.column(), e, coll, k.opclass(), k.order(), k.nulls(), k.prefixLength()));
        }
      }
      String method = i.method().toLowerCase(java.util.Locale.ROOT);
      Expr predicate = expr(i.predicate());
      if (keysSame && method.equals(i.method()) && java.util.Objects.equals(predicate, i.predicate())) {
        out.add(i);
      } else {
        same = false;
        out.add(new Index(i.name(), keys, method, i.unique(), i.nullsNotDistinct(), i.include(), predicate,
            i.storageParameters(), i.valid(), i.comment(), i.attrs()));
      }
    }
    return same ? indexes : out;
  }
}
