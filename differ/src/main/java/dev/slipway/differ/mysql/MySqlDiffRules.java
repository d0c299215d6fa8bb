package dev.slipway.differ.mysql;

import dev.slipway.differ.DiffRules;
import dev.slipway.model.Attr;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Generated;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.Namespace;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.View;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.model.mysql.MySqlDatabaseOptions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.model.mysql.MySqlTypeText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * MySQL/MariaDB equivalences, over the shape described in {@code dev.slipway.model.mysql}: type spellings
 * ({@link MySqlTypeText}), defaults and expressions ({@link MySqlExpressionText}), character sets and
 * collations inherited from the table and the database, {@code RESTRICT} = {@code NO ACTION} (InnoDB checks
 * both at once: dev.mysql.com/doc/refman/8.0/en/create-table-foreign-keys.html), primary key columns NOT NULL
 * (the server makes them so), and the index InnoDB creates for a foreign key that has none to use (same page),
 * so a desired schema that leaves it implicit equals the server's reading. Normalising returns the very same
 * instance for anything already canonical, so 10,000 unchanged tables cost 10,000 comparisons and no copies.
 */
public final class MySqlDiffRules implements DiffRules {
  private final Map<String, String> types = new java.util.concurrent.ConcurrentHashMap<>(); // both sides normalise at once

  @Override
  public Schema normalize(Schema s) {
    return normalize(s, java.util.Set.of());
  }

  /**
   * A table's canonical form depends on the table and its database's defaults (charset and collation are
   * inherited from them), so tables the same on both sides, in equal databases, are left as they are.
   */
  @Override
  public Schema normalize(Schema s, java.util.Set<dev.slipway.model.QualifiedName> sameOnBothSides) {
    Map<String, MySqlDatabaseOptions> databases = new HashMap<>();
    for (Namespace n : s.namespaces()) {
      for (Attr a : n.attrs()) if (a instanceof MySqlDatabaseOptions o) databases.put(n.name(), o);
    }
    List<Table> tables = new ArrayList<>(s.tables().size());
    boolean changed = false;
    for (Table t : s.tables()) {
      Table n = sameOnBothSides.contains(t.name()) ? t : table(t, databases.get(t.name().schema()));
      changed |= n != t;
      tables.add(n);
    }
    List<View> views = new ArrayList<>(s.views().size());
    for (View v : s.views()) {
      View n = view(v);
      changed |= n != v;
      views.add(n);
    }
    List<Routine> routines = new ArrayList<>(s.routines().size());
    for (Routine r : s.routines()) {
      String d = MySqlBodyText.canonical(r.definition());
      Routine n = d.equals(r.definition()) ? r
          : new Routine(r.name(), r.kind(), r.arguments(), r.returns(), r.language(), d, r.comment());
      changed |= n != r;
      routines.add(n);
    }
    if (!changed) return s;
    return new Schema(s.dialect(), s.namespaces(), s.extensions(), s.types(), s.sequences(), tables, views, routines,
        s.renameHints());
  }

  @Override
  public boolean sameType(SqlType a, SqlType b) {
    return a.text().equals(b.text()) || type(a.text()).equals(type(b.text()));
  }

  @Override
  public boolean sameDefault(Expr a, Expr b) {
    return a.text().equals(b.text()) || Objects.equals(MySqlExpressionText.columnDefault(a.text(), ""),
        MySqlExpressionText.columnDefault(b.text(), ""));
  }

  @Override
  public boolean sameExpression(Expr a, Expr b) {
    return a.text().equals(b.text()) || MySqlExpressionText.canonical(a.text()).equals(MySqlExpressionText.canonical(b.text()));
  }

  private String type(String text) {
    return types.computeIfAbsent(text, MySqlTypeText::canonical);
  }

  private Table table(Table t, MySqlDatabaseOptions database) {
    MySqlTableOptions options = t.findAttr(MySqlTableOptions.class).orElse(null);
    // The collation columns inherit: the table's own, else the database's.
    String tableCharset = options != null && options.charset() != null ? lower(options.charset())
        : database == null ? null : lower(database.charset());
    String tableCollation = options != null && options.collation() != null ? lower(options.collation())
        : database == null ? null : lower(database.collation());
    List<String> pk = t.primaryKey().map(PrimaryKey::columns).orElse(List.of());
    List<Column> columns = new ArrayList<>(t.columns().size());
    boolean changed = false;
    for (Column c : t.columns()) {
      Column n = column(c, tableCharset, tableCollation, pk.contains(c.name()));
      changed |= n != c;
      columns.add(n);
    }
    List<Constraint> constraints = new ArrayList<>(t.constraints().size());
    for (Constraint c : t.constraints()) {
      Constraint n = constraint(c);
      changed |= n != c;
      constraints.add(n);
    }
    List<Index> indexes = indexes(t, columns);
    changed |= indexes != t.indexes();
    List<Trigger> triggers = new ArrayList<>(t.triggers().size());
    for (Trigger g : t.triggers()) {
      String d = MySqlBodyText.canonical(g.definition());
      Trigger n = d.equals(g.definition()) ? g : new Trigger(g.name(), d, g.function(), g.enabled(), g.comment());
      changed |= n != g;
      triggers.add(n);
    }
    List<Attr> attrs = t.attrs();
    if (options != null) {
      MySqlTableOptions n = tableOptions(options, database);
      if (!n.equals(options)) {
        attrs = new ArrayList<>(t.attrs());
        attrs.set(attrs.indexOf(options), n);
        changed = true;
      }
    }
    if (!changed) return t;
    return new Table(t.name(), columns, constraints, indexes, triggers, t.policies(), t.partitioning(), t.partitionOf(),
        t.rowSecurity(), t.forceRowSecurity(), t.comment(), attrs, t.size());
  }

  /** Engine names as the server prints them; charset and collation null when the database's (inherited). */
  private static MySqlTableOptions tableOptions(MySqlTableOptions o, MySqlDatabaseOptions database) {
    String engine = o.engine() == null ? null : engine(o.engine());
    String charset = o.charset() == null ? null : charset(lower(o.charset()));
    String collation = o.collation() == null ? null : collation(lower(o.collation()));
    if (database != null) {
      String dbCharset = database.charset() == null ? null : charset(lower(database.charset()));
      String dbCollation = database.collation() == null ? null : collation(lower(database.collation()));
      boolean sameCharset = charset == null || charset.equals(dbCharset);
      boolean sameCollation = collation == null ? charset == null || charset.equals(dbCharset) : collation.equals(dbCollation);
      if (sameCharset && sameCollation) {
        charset = null;
        collation = null;
      }
    }
    String rowFormat = o.rowFormat() == null ? null : o.rowFormat().toUpperCase(java.util.Locale.ROOT);
    // InnoDB's default row format (innodb_default_row_format=DYNAMIC) stated or not is the same.
    if ("DEFAULT".equals(rowFormat)) rowFormat = null;
    return new MySqlTableOptions(engine, charset, collation, rowFormat);
  }

  private static String engine(String e) {
    String l = e.toLowerCase(java.util.Locale.ROOT);
    switch (l) {
      case "innodb": return "InnoDB";
      case "myisam": return "MyISAM";
      case "memory": return "MEMORY";
      case "aria": return "Aria";
      case "csv": return "CSV";
      case "archive": return "ARCHIVE";
      default: return e;
    }
  }

  /** {@code utf8} is {@code utf8mb3} (MySQL 8.0.30 and MariaDB 10.6 print the latter). */
  private static String charset(String c) {
    return c.equals("utf8") ? "utf8mb3" : c;
  }

  private static String collation(String c) {
    return c.startsWith("utf8_") ? "utf8mb3_" + c.substring(5) : c;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
  }

  private Column column(Column c, String tableCharset, String tableCollation, boolean inPrimaryKey) {
    String type = type(c.type().text());
    SqlType sqlType = type.equals(c.type().text()) ? c.type() : SqlType.of(type);
    Expr def = c.defaultValue();
    if (def != null) {
      String d = MySqlExpressionText.columnDefault(def.text(), type);
      def = d == null ? null : d.equals(def.text()) ? def : Expr.of(d);
    }
    Generated g = c.generated();
    if (g != null) {
      String e = MySqlExpressionText.canonical(g.expression().text());
      if (!e.equals(g.expression().text())) g = new Generated(Expr.of(e), g.stored());
    }
    String collation = c.collation() == null ? null : collation(lower(c.collation()));
    if (collation != null && collation.equals(tableCollation == null ? null : collation(tableCollation))) collation = null;
    if (Objects.equals(collation, c.collation())) collation = c.collation();
    List<Attr> attrs = c.attrs();
    MySqlColumnOptions o = c.findAttr(MySqlColumnOptions.class).orElse(null);
    if (o != null) {
      Expr onUpdate = o.onUpdate() == null ? null : Expr.of(MySqlExpressionText.canonical(o.onUpdate().text()));
      if (onUpdate != null && onUpdate.text().equals(o.onUpdate().text())) onUpdate = o.onUpdate();
      String charset = o.charset() == null ? null : charset(lower(o.charset()));
      if (charset != null && charset.equals(tableCharset == null ? null : charset(tableCharset))) charset = null;
      if (Objects.equals(charset, o.charset())) charset = o.charset();
      MySqlColumnOptions n = new MySqlColumnOptions(o.autoIncrement(), onUpdate, charset);
      // Present only when one of its fields is set (model.mysql conventions).
      if (!n.equals(o) || !n.autoIncrement() && n.onUpdate() == null && n.charset() == null) {
        attrs = new ArrayList<>(c.attrs());
        if (!n.autoIncrement() && n.onUpdate() == null && n.charset() == null) attrs.remove(o);
        else attrs.set(attrs.indexOf(o), n);
      }
    }
    boolean nullable = c.nullable() && !inPrimaryKey;
    String comment = c.comment() == null || c.comment().isEmpty() ? null : c.comment();
    if (sqlType == c.type() && def == c.defaultValue() && g == c.generated() && Objects.equals(collation, c.collation())
        && attrs == c.attrs() && nullable == c.nullable() && Objects.equals(comment, c.comment())) {
      return c;
    }
    return new Column(c.name(), sqlType, nullable, def, c.identity(), g, collation, comment, attrs);
  }

  private static Constraint constraint(Constraint c) {
    if (c instanceof ForeignKey fk) {
      ForeignKey.Action u = action(fk.onUpdate());
      ForeignKey.Action d = action(fk.onDelete());
      // MySQL parses MATCH and ignores it, and has no deferrable constraints.
      if (u == fk.onUpdate() && d == fk.onDelete() && fk.match() == ForeignKey.Match.SIMPLE
          && fk.deferrability() == dev.slipway.model.Deferrability.NOT_DEFERRABLE) {
        return c;
      }
      return new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(), u, d,
          ForeignKey.Match.SIMPLE, dev.slipway.model.Deferrability.NOT_DEFERRABLE, fk.valid(), fk.comment());
    }
    if (c instanceof CheckConstraint k) {
      String e = MySqlExpressionText.canonical(k.expression().text());
      if (e.equals(k.expression().text())) return c;
      return new CheckConstraint(k.name(), Expr.of(e), k.valid(), k.noInherit(), k.comment());
    }
    return c;
  }

  private static ForeignKey.Action action(ForeignKey.Action a) {
    return a == ForeignKey.Action.RESTRICT ? ForeignKey.Action.NO_ACTION : a;
  }

  /** Indexes canonical, plus the index InnoDB adds for a foreign key that has no index to lean on. */
  private List<Index> indexes(Table t, List<Column> columns) {
    List<Index> out = new ArrayList<>(t.indexes().size());
    boolean changed = false;
    for (Index i : t.indexes()) {
      Index n = index(i, columns);
      changed |= n != i;
      out.add(n);
    }
    for (ForeignKey fk : t.foreignKeys()) {
      if (covered(fk.columns(), t, out)) continue;
      // dev.mysql.com/doc/refman/8.0/en/create-table-foreign-keys.html: "such an index is created on the
      // referencing table automatically if it does not exist", named after the constraint.
      boolean taken = out.stream().anyMatch(i -> i.name().equals(fk.name()));
      if (taken) continue;
      out.add(new Index(fk.name(), fk.columns().stream().map(IndexKey::column).toList(), "btree", false, false,
          List.of(), null, List.of(), true, null, List.of()));
      changed = true;
    }
    return changed ? out : t.indexes();
  }

  /** Whether an index (or the primary key) starts with exactly these columns, in order, unprefixed. */
  private static boolean covered(List<String> columns, Table t, List<Index> indexes) {
    List<String> pk = t.primaryKey().map(PrimaryKey::columns).orElse(List.of());
    if (pk.size() >= columns.size() && pk.subList(0, columns.size()).equals(columns)) return true;
    for (Index i : indexes) {
      if (i.keys().size() < columns.size()) continue;
      boolean all = true;
      for (int k = 0; k < columns.size() && all; k++) {
        IndexKey key = i.keys().get(k);
        all = columns.get(k).equals(key.column()) && key.prefixLength() == null;
      }
      if (all && !i.method().equalsIgnoreCase("fulltext") && !i.method().equalsIgnoreCase("spatial")) return true;
    }
    return false;
  }

  private Index index(Index i, List<Column> columns) {
    String method = i.method().toLowerCase(java.util.Locale.ROOT);
    List<IndexKey> keys = i.keys();
    boolean changed = !method.equals(i.method());
    List<IndexKey> out = new ArrayList<>(keys.size());
    for (IndexKey k : keys) {
      IndexKey n = k;
      if (k.expression() != null) {
        String e = MySqlExpressionText.canonical(k.expression().text());
        if (!e.equals(k.expression().text())) {
          n = new IndexKey(null, Expr.of(e), k.collation(), k.opclass(), k.order(), k.nulls(), k.prefixLength());
        }
      } else if (k.prefixLength() != null && fullLength(k.column(), columns) == k.prefixLength()) {
        // A prefix as long as the column is the whole column: the server stores no SUB_PART.
        n = new IndexKey(k.column(), null, k.collation(), k.opclass(), k.order(), k.nulls(), null);
      }
      changed |= n != k;
      out.add(n);
    }
    String comment = i.comment() == null || i.comment().isEmpty() ? null : i.comment();
    changed |= !Objects.equals(comment, i.comment());
    if (!changed) return i;
    return new Index(i.name(), out, method, i.unique(), i.nullsNotDistinct(), i.include(), i.predicate(),
        i.storageParameters(), i.valid(), comment, i.attrs());
  }

  private int fullLength(String column, List<Column> columns) {
    for (Column c : columns) {
      if (!c.name().equals(column)) continue;
      MySqlTypeText.Parsed p = MySqlTypeText.parse(c.type().text());
      if (p != null && (p.base().equals("varchar") || p.base().equals("char"))) return p.length();
    }
    return -2;
  }

  private static View view(View v) {
    String d = MySqlBodyText.canonical(v.definition());
    List<String> options = new ArrayList<>(v.options().size());
    for (String o : v.options()) options.add(o.toLowerCase(java.util.Locale.ROOT).replace(" ", ""));
    options.sort(null);
    if (d.equals(v.definition()) && options.equals(v.options())) return v;
    return new View(v.name(), d, v.materialized(), options, v.indexes(), v.dependsOn(), v.comment(), v.attrs());
  }
}
