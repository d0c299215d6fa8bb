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
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import dev.slipway.model.TypeDef;
import dev.slipway.model.Trigger;
import dev.slipway.model.View;
import dev.slipway.model.postgres.PostgresTableOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's equivalences: built-in type aliases ({@code int4} = {@code integer}, {@code timestamptz} =
 * {@code timestamp with time zone}), case and whitespace outside quotes, and the {@code "default"} collation
 * meaning none; expressions in the form the server's parser and deparser give them
 * ({@link PostgresExpressionCanon}, typed by the table's columns), view queries clause by clause
 * ({@link PostgresViewText}), routine definitions ({@link PostgresRoutineText}), trigger WHEN conditions, and
 * reloptions as sets. So a schema parsed offline compares equal to the catalog's reading of the same DDL
 * (OfflineEqualsCatalogIT). It says "different" whenever unsure: a cast the server would not have added
 * stays ({@code 'x'::text} ≠ {@code 'x'::character varying} beside a text column), and {@code now()} ≠
 * {@code CURRENT_TIMESTAMP}. The canonical text is still valid SQL with the same meaning, since the
 * changes the differ emits carry it to the planner.
 */
public final class PostgresDiffRules implements DiffRules {

  @Override
  public Schema normalize(Schema s) {
    return normalize(s, java.util.Set.of());
  }

  /** A table's canonical form depends on the table alone, so tables the same on both sides are left as they are. */
  @Override
  public Schema normalize(Schema s, java.util.Set<dev.slipway.model.QualifiedName> sameOnBothSides) {
    List<TypeDef> types = new ArrayList<>(s.types().size());
    for (TypeDef t : s.types()) types.add(type(t));
    List<Sequence> sequences = new ArrayList<>(s.sequences().size());
    for (Sequence q : s.sequences()) {
      SequenceOptions o = options(q.options());
      sequences.add(o == q.options() ? q : new Sequence(q.name(), o, q.ownedByTable(), q.ownedByColumn(), q.comment()));
    }
    List<Table> tables = new ArrayList<>(s.tables().size());
    for (Table t : s.tables()) tables.add(sameOnBothSides.contains(t.name()) ? t : table(t));
    Map<dev.slipway.model.QualifiedName, Table> byName = new HashMap<>();
    for (Table t : s.tables()) byName.put(t.name(), t);
    List<View> views = new ArrayList<>(s.views().size());
    for (View v : s.views()) {
      // WITH (…) options are a set (pg_class.reloptions keeps them in the order written).
      views.add(new View(v.name(), PostgresViewText.canonical(viewText(v.definition()), byName), v.materialized(), v.options().stream().sorted().toList(),
          indexes(v.indexes()),
          v.dependsOn(), v.comment(), v.attrs()));
    }
    List<Routine> routines = new ArrayList<>(s.routines().size());
    for (Routine r : s.routines()) {
      routines.add(new Routine(r.name(), r.kind(), r.arguments(), r.returns() == null ? null : PostgresText.type(r.returns()),
          r.language(), PostgresRoutineText.canonical(r), r.comment()));
    }
    if (same(s.types(), types) && same(s.sequences(), sequences) && same(s.tables(), tables) && s.views().equals(views)
        && s.routines().equals(routines)) {
      return s;
    }
    return new Schema(s.dialect(), s.namespaces(), s.extensions(), same(s.types(), types) ? s.types() : types,
        same(s.sequences(), sequences) ? s.sequences() : sequences, same(s.tables(), tables) ? s.tables() : tables,
        views, routines, s.renameHints());
  }

  /**
   * Whether {@code built} holds the very objects of {@code original}, in order. Normalising returns the
   * instances it was given wherever nothing changed (most of a catalog read is canonical already): no copy
   * of a 10,000-table schema, no re-validation of unchanged tables, and equal parts compare by identity.
   */
  private static <T> boolean same(List<T> original, List<T> built) {
    if (original.size() != built.size()) return false;
    for (int i = 0; i < built.size(); i++) {
      if (original.get(i) != built.get(i)) return false;
    }
    return true;
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
    return a.text().equals(b.text())
        || PostgresExpressionCanon.canonical(a.text(), Map.of()).equals(PostgresExpressionCanon.canonical(b.text(), Map.of()));
  }

  private static SqlType sqlType(SqlType t) {
    String canonical = PostgresText.type(t.text());
    return canonical.equals(t.text()) ? t : SqlType.of(canonical);
  }

  /** An expression over {@code columns} (name → canonical type) in canonical form. */
  private static Expr expr(Expr e, Map<String, String> columns) {
    if (e == null) return null;
    String canonical = PostgresExpressionCanon.canonical(e.text(), columns);
    return canonical.equals(e.text()) ? e : Expr.of(canonical);
  }

  /**
   * A default that is one literal cast to the column's own type is that literal: the server casts a
   * default to the column type on assignment and prints the cast it added ({@code DEFAULT 'x'} on a text
   * column is stored as {@code 'x'::text}: postgresql.org/docs/current/sql-createtable.html, DEFAULT).
   */
  static Expr columnDefault(Expr e, String type, Map<String, String> columns) {
    Expr c = expr(e, columns);
    if (c == null) return null;
    String t = c.text();
    java.util.regex.Matcher m = LITERAL_CAST.matcher(t);
    if (m.matches() && PostgresText.type(m.group(2)).equals(PostgresExpressionCanon.withoutModifiers(type))) return Expr.of(m.group(1));
    return c;
  }

  private static final java.util.regex.Pattern LITERAL_CAST =
      java.util.regex.Pattern.compile("('(?:[^']|'')*'|[0-9]+(?:\\.[0-9]+)?)::([a-z_.\" ]+(?:\\([0-9, ]+\\))?[a-z ]*)");

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
    String type = PostgresText.type(o.dataType());
    return type.equals(o.dataType()) ? o
        : new SequenceOptions(type, o.start(), o.increment(), o.min(), o.max(), o.cache(), o.cycle());
  }

  private static TypeDef type(TypeDef t) {
    if (t instanceof DomainType d) {
      List<CheckConstraint> checks = new ArrayList<>();
      String base = PostgresText.type(d.baseType().text());
      Map<String, String> value = Map.of("value", base);
      for (CheckConstraint c : d.checks()) checks.add(check(c, value));
      return new DomainType(d.name(), sqlType(d.baseType()), d.notNull(), columnDefault(d.defaultValue(), base, value),
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

  private static CheckConstraint check(CheckConstraint c, Map<String, String> columns) {
    Expr e = expr(c.expression(), columns);
    return e == c.expression() ? c : new CheckConstraint(c.name(), e, c.valid(), c.noInherit(), c.comment());
  }

  private static Table table(Table t) {
    Map<String, String> types = new HashMap<>();
    for (Column c : t.columns()) types.put(PostgresExpressionTree.quoteIdent(c.name()), PostgresText.type(c.type().text()));
    List<Column> columns = new ArrayList<>(t.columns().size());
    for (Column c : t.columns()) {
      Identity id = c.identity();
      if (id != null && options(id.options()) != id.options()) id = new Identity(id.generation(), options(id.options()));
      Generated g = c.generated();
      if (g != null && expr(g.expression(), types) != g.expression()) {
        g = new Generated(expr(g.expression(), types), g.stored());
      }
      SqlType sqlType = sqlType(c.type());
      Expr defaultValue = columnDefault(c.defaultValue(), sqlType.text(), types);
      String collation = collation(c.collation());
      boolean unchanged = id == c.identity() && g == c.generated() && sqlType == c.type()
          && java.util.Objects.equals(defaultValue, c.defaultValue()) && java.util.Objects.equals(collation, c.collation());
      columns.add(unchanged ? c : new Column(c.name(), sqlType, c.nullable(), defaultValue, id, g, collation, c.comment(),
          c.attrs()));
    }
    List<Constraint> constraints = new ArrayList<>(t.constraints().size());
    for (Constraint c : t.constraints()) constraints.add(c instanceof CheckConstraint k ? check(k, types) : c);
    List<Policy> policies = new ArrayList<>(t.policies().size());
    for (Policy p : t.policies()) {
      policies.add(new Policy(p.name(), p.permissive(), p.command(), p.roles(), expr(p.using(), types),
          expr(p.withCheck(), types), p.comment()));
    }
    List<Trigger> triggers = new ArrayList<>(t.triggers().size());
    for (Trigger g : t.triggers()) {
      String definition = PostgresTriggerText.canonical(g.definition());
      triggers.add(definition.equals(g.definition()) ? g
          : new Trigger(g.name(), definition, g.function(), g.enabled(), g.comment()));
    }
    List<dev.slipway.model.Attr> attrs = new ArrayList<>(t.attrs().size());
    for (dev.slipway.model.Attr a : t.attrs()) {
      // reloptions are a set: their order in pg_class.reloptions is the order they were written in.
      attrs.add(a instanceof PostgresTableOptions o && !sorted(o.storageParameters()) ? new PostgresTableOptions(o.unlogged(),
          o.storageParameters().stream().sorted().toList(), o.replicaIdentity()) : a);
    }
    List<Index> indexes = indexes(t.indexes(), types);
    if (same(t.columns(), columns) && same(t.constraints(), constraints) && same(t.indexes(), indexes)
        && same(t.triggers(), triggers) && t.policies().isEmpty() && same(t.attrs(), attrs)) {
      return t;
    }
    return new Table(t.name(), columns, constraints, indexes, triggers, policies,
        t.partitioning(), t.partitionOf(), t.rowSecurity(), t.forceRowSecurity(), t.comment(), attrs, t.size());
  }

  private static boolean sorted(List<String> values) {
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i - 1).compareTo(values.get(i)) > 0) return false;
    }
    return true;
  }

  private static List<Index> indexes(List<Index> indexes) {
    return indexes(indexes, Map.of());
  }

  private static List<Index> indexes(List<Index> indexes, Map<String, String> columns) {
    List<Index> out = new ArrayList<>(indexes.size());
    for (Index i : indexes) {
      List<IndexKey> keys = new ArrayList<>(i.keys().size());
      for (IndexKey k : i.keys()) {
        Expr e = expr(k.expression(), columns);
        String collation = collation(k.collation());
        keys.add(e == k.expression() && java.util.Objects.equals(collation, k.collation()) ? k
            : new IndexKey(k.column(), e, collation, k.opclass(), k.order(), k.nulls(), k.prefixLength()));
      }
      String method = i.method().toLowerCase(java.util.Locale.ROOT);
      Expr predicate = expr(i.predicate(), columns);
      if (same(i.keys(), keys) && method.equals(i.method()) && predicate == i.predicate() && sorted(i.storageParameters())) {
        out.add(i);
        continue;
      }
      out.add(new Index(i.name(), keys, method, i.unique(),
          i.nullsNotDistinct(), i.include(), predicate, i.storageParameters().stream().sorted().toList(), i.valid(), i.comment(),
          i.attrs()));
    }
    return out;
  }
}
