package dev.slipway.introspect.sql;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Deferrability;
import dev.slipway.model.ExclusionConstraint;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads column and table constraints (postgresql.org/docs/current/sql-createtable.html) into drafts,
 * then names the unnamed ones in the order PostgreSQL does — CHECKs when the table is created, then the
 * indexes behind PRIMARY KEY / UNIQUE / EXCLUDE, then FOREIGN KEYs (added by an internal ALTER TABLE).
 */
final class PostgresConstraints {
  enum Kind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUDE }

  /** A constraint as written, before it has its final name. */
  static final class Draft {
    Kind kind;
    String name;
    Token at;
    List<String> columns = new ArrayList<>();
    List<String> include = List.of();
    boolean nullsNotDistinct;
    String expression;
    int exprFrom;
    int exprTo;
    boolean noInherit;
    boolean valid = true;
    Deferrability deferrability = Deferrability.NOT_DEFERRABLE;
    QualifiedName refTable;
    List<String> refColumns = List.of();
    ForeignKey.Action onDelete = ForeignKey.Action.NO_ACTION;
    ForeignKey.Action onUpdate = ForeignKey.Action.NO_ACTION;
    ForeignKey.Match match = ForeignKey.Match.SIMPLE;
    String exclusion;
  }

  private PostgresConstraints() {}

  /** Whether the cursor is at the start of a table constraint rather than a column definition. */
  static boolean atTableConstraint(Cursor c) {
    return c.at("constraint") || c.at("primary", "key") || c.at("unique") || c.at("check")
        || c.at("foreign", "key") || c.at("exclude");
  }

  /** A table constraint: {@code [CONSTRAINT name] CHECK|UNIQUE|PRIMARY KEY|FOREIGN KEY|EXCLUDE …}. */
  static Draft readTableConstraint(Cursor c, SchemaState s) {
    Draft d = new Draft();
    d.at = c.peek();
    if (c.accept("constraint")) d.name = PostgresNames.truncate(c.identifier("constraint name"));
    if (c.accept("primary", "key")) {
      d.kind = Kind.PRIMARY_KEY;
      d.columns = nameList(c);
      indexTail(c, d);
    } else if (c.accept("unique")) {
      d.kind = Kind.UNIQUE;
      nullsDistinct(c, d);
      d.columns = nameList(c);
      indexTail(c, d);
    } else if (c.accept("check")) {
      check(c, d);
    } else if (c.accept("foreign", "key")) {
      d.kind = Kind.FOREIGN_KEY;
      d.columns = nameList(c);
      c.expect("references");
      references(c, s, d);
    } else if (c.accept("exclude")) {
      exclude(c, d);
    } else {
      throw c.fail("expected a constraint");
    }
    attributes(c, d);
    return d;
  }

  /** One column constraint; {@code column} is the column it is written on. */
  static Draft readColumnConstraint(Cursor c, SchemaState s, String name, String column) {
    Draft d = new Draft();
    d.at = c.peek();
    d.name = name;
    if (c.accept("primary", "key")) {
      d.kind = Kind.PRIMARY_KEY;
      d.columns = List.of(column);
      indexTail(c, d);
    } else if (c.accept("unique")) {
      d.kind = Kind.UNIQUE;
      nullsDistinct(c, d);
      d.columns = List.of(column);
      indexTail(c, d);
    } else if (c.accept("check")) {
      check(c, d);
    } else if (c.accept("references")) {
      d.kind = Kind.FOREIGN_KEY;
      d.columns = List.of(column);
      references(c, s, d);
    } else {
      return null;
    }
    attributes(c, d);
    return d;
  }

  private static void check(Cursor c, Draft d) {
    d.kind = Kind.CHECK;
    int[] r = c.parens();
    if (r[0] == r[1]) throw c.failAt(d.at, "empty CHECK expression");
    d.expression = c.statement().text(r[0], r[1]);
    d.exprFrom = r[0];
    d.exprTo = r[1];
    if (c.accept("no", "inherit")) d.noInherit = true;
  }

  private static void nullsDistinct(Cursor c, Draft d) {
    if (c.accept("nulls", "not", "distinct")) d.nullsNotDistinct = true;
    else c.accept("nulls", "distinct");
  }

  /** INCLUDE, WITH (storage) and USING INDEX TABLESPACE after a PRIMARY KEY or UNIQUE. */
  private static void indexTail(Cursor c, Draft d) {
    while (true) {
      if (c.accept("include")) {
        d.include = nameList(c);
      } else if (c.at("with", "(")) {
        c.next();
        c.parens();
      } else if (c.accept("using", "index", "tablespace")) {
        c.identifier("tablespace");
      } else {
        return;
      }
    }
  }

  private static void references(Cursor c, SchemaState s, Draft d) {
    d.refTable = s.qualify(c.dottedName("referenced table"));
    if (c.peek().isPunct("(") && !c.atEnd()) d.refColumns = nameList(c);
    while (true) {
      if (c.accept("match")) {
        String m = c.identifier("FULL, PARTIAL or SIMPLE");
        d.match = switch (m) {
          case "full" -> ForeignKey.Match.FULL;
          case "partial" -> ForeignKey.Match.PARTIAL;
          case "simple" -> ForeignKey.Match.SIMPLE;
          default -> throw c.fail("unknown MATCH type " + m);
        };
      } else if (c.accept("on", "delete")) {
        d.onDelete = action(c);
      } else if (c.accept("on", "update")) {
        d.onUpdate = action(c);
      } else {
        return;
      }
    }
  }

  private static ForeignKey.Action action(Cursor c) {
    if (c.accept("cascade")) return ForeignKey.Action.CASCADE;
    if (c.accept("restrict")) return ForeignKey.Action.RESTRICT;
    if (c.accept("no", "action")) return ForeignKey.Action.NO_ACTION;
    if (c.accept("set", "null")) return setColumns(c, ForeignKey.Action.SET_NULL);
    if (c.accept("set", "default")) return setColumns(c, ForeignKey.Action.SET_DEFAULT);
    throw c.fail("expected a referential action");
  }

  private static ForeignKey.Action setColumns(Cursor c, ForeignKey.Action a) {
    if (c.peek().isPunct("(") && !c.atEnd()) throw c.fail("SET NULL/DEFAULT with a column list is not supported");
    return a;
  }

  private static void exclude(Cursor c, Draft d) {
    d.kind = Kind.EXCLUDE;
    String method = "gist";
    if (c.accept("using")) method = c.identifier("index method");
    int[] r = c.parens();
    SqlStatement st = c.statement();
    StringBuilder def = new StringBuilder("EXCLUDE USING ").append(method).append(" (").append(st.text(r[0], r[1])).append(')');
    for (int[] e : c.splitCommas(r[0], r[1])) {
      Token t = st.tokens().get(e[0]);
      d.columns.add(t.isIdentifier() && !st.tokens().get(Math.min(e[0] + 1, e[1] - 1)).isPunct("(") ? t.value() : "expr");
    }
    if (c.accept("include")) def.append(" INCLUDE (").append(String.join(", ", nameList(c))).append(')');
    if (c.accept("where")) def.append(" WHERE (").append(c.parenText()).append(')');
    d.exclusion = def.toString();
  }

  /** DEFERRABLE / INITIALLY … / NOT VALID / NO INHERIT after any constraint. */
  static void attributes(Cursor c, Draft d) {
    while (true) {
      if (c.accept("not", "deferrable")) {
        d.deferrability = Deferrability.NOT_DEFERRABLE;
      } else if (c.accept("deferrable")) {
        if (d.deferrability == Deferrability.NOT_DEFERRABLE) d.deferrability = Deferrability.INITIALLY_IMMEDIATE;
      } else if (c.accept("initially", "deferred")) {
        d.deferrability = Deferrability.INITIALLY_DEFERRED;
      } else if (c.accept("initially", "immediate")) {
        if (d.deferrability == Deferrability.NOT_DEFERRABLE) d.deferrability = Deferrability.INITIALLY_IMMEDIATE;
      } else if (c.accept("not", "valid")) {
        d.valid = false;
      } else if (c.accept("no", "inherit")) {
        d.noInherit = true;
      } else {
        return;
      }
    }
  }

  static List<String> nameList(Cursor c) {
    int[] r = c.parens();
    List<String> names = new ArrayList<>();
    for (int[] p : c.splitCommas(r[0], r[1])) {
      Cursor e = c.sub(p[0], p[1]);
      names.add(PostgresNames.truncate(e.identifier("column name")));
      e.expectEnd();
    }
    if (names.isEmpty()) throw c.fail("empty column list");
    return names;
  }

  /**
   * Validates the drafts against the table, names the unnamed ones as PostgreSQL would, and adds them.
   * Primary key columns become NOT NULL, as the server makes them.
   */
  static void apply(SchemaState s, TableState t, List<Draft> drafts, SqlStatement st) {
    boolean hasPrimaryKey = t.constraints.values().stream().anyMatch(PrimaryKey.class::isInstance);
    for (Draft d : drafts) {
      List<String> cols = new ArrayList<>(d.columns);
      if (d.kind != Kind.EXCLUDE) cols.addAll(d.include);
      for (String col : cols) {
        if (t.column(col).isEmpty()) {
          throw st.error(d.at, "constraint names unknown column \"" + col + "\" of table " + t.name);
        }
      }
      if (d.name != null && !s.constraintNames(t.name.schema()).add(d.name) && t.constraints.containsKey(d.name)) {
        throw st.error(d.at, "constraint \"" + d.name + "\" is already defined on table " + t.name);
      }
      if (d.kind == Kind.FOREIGN_KEY && !d.refColumns.isEmpty() && d.refColumns.size() != d.columns.size()) {
        throw st.error(d.at, "foreign key has " + d.columns.size() + " column(s) but references "
            + d.refColumns.size());
      }
      if (d.kind == Kind.PRIMARY_KEY && hasPrimaryKey) {
        throw st.error(d.at, "table " + t.name + " already has a primary key");
      }
      hasPrimaryKey |= d.kind == Kind.PRIMARY_KEY;
    }
    String table = t.name.name();
    String schema = t.name.schema();
    for (Draft d : drafts) {
      if (d.kind != Kind.CHECK) continue;
      if (d.name == null) d.name = PostgresNames.choose(table, singleColumn(t, st, d), "check", s.constraintNames(schema));
      add(t, new CheckConstraint(d.name, Expr.of(d.expression), d.valid, d.noInherit, null), st, d);
    }
    for (Draft d : drafts) {
      if (d.kind != Kind.PRIMARY_KEY && d.kind != Kind.UNIQUE && d.kind != Kind.EXCLUDE) continue;
      if (d.name == null) {
        String addition = d.kind == Kind.PRIMARY_KEY ? null : PostgresNames.addition(d.columns);
        String label = d.kind == Kind.PRIMARY_KEY ? "pkey" : d.kind == Kind.UNIQUE ? "key" : "excl";
        d.name = PostgresNames.choose(table, addition, label, s.relationNames(schema));
        s.constraintNames(schema).add(d.name);
      } else if (!s.relationNames(schema).add(d.name)) {
        throw st.error(d.at, "relation \"" + d.name + "\" already exists in schema " + schema);
      }
      if (d.kind == Kind.PRIMARY_KEY) {
        add(t, new PrimaryKey(d.name, d.columns, d.include, null), st, d);
        for (String col : d.columns) {
          Column column = t.column(col).orElseThrow();
          if (column.nullable()) t.replaceColumn(column.withNullable(false));
        }
      } else if (d.kind == Kind.UNIQUE) {
        add(t, new UniqueConstraint(d.name, d.columns, d.include, d.nullsNotDistinct, d.deferrability, null), st, d);
      } else {
        // pg_get_constraintdef ends the definition with the deferrability when it is not the default.
        String suffix = d.deferrability == Deferrability.INITIALLY_DEFERRED ? " DEFERRABLE INITIALLY DEFERRED"
            : d.deferrability == Deferrability.INITIALLY_IMMEDIATE ? " DEFERRABLE" : "";
        add(t, new ExclusionConstraint(d.name, d.exclusion + suffix, d.deferrability, null), st, d);
      }
    }
    for (Draft d : drafts) {
      if (d.kind != Kind.FOREIGN_KEY) continue;
      if (d.name == null) {
        d.name = PostgresNames.choose(table, PostgresNames.addition(d.columns), "fkey", s.constraintNames(schema));
      }
      if (t.constraints.containsKey(d.name) || t.foreignKeys.stream().anyMatch(f -> f.draft().name().equals(d.name))) {
        throw st.error(d.at, "constraint \"" + d.name + "\" is already defined on table " + t.name);
      }
      boolean implicit = d.refColumns.isEmpty();
      // Placeholder referenced columns until the referenced table's primary key is known (SchemaAssembler).
      List<String> refs = implicit ? d.columns : d.refColumns;
      ForeignKey fk = new ForeignKey(d.name, d.columns, d.refTable, refs, d.onUpdate, d.onDelete, d.match,
          d.deferrability, d.valid, null);
      t.foreignKeys.add(new TableState.PendingForeignKey(fk, implicit, st.location(d.at)));
    }
  }

  private static void add(TableState t, dev.slipway.model.Constraint con, SqlStatement st, Draft d) {
    if (t.constraints.putIfAbsent(con.name(), con) != null) {
      throw st.error(d.at, "constraint \"" + con.name() + "\" is already defined on table " + t.name);
    }
  }

  /**
   * The one column a CHECK expression mentions, or null: PostgreSQL names a CHECK
   * {@code table_column_check} only when exactly one column occurs in it (heap.c, AddRelationNewConstraints).
   */
  private static String singleColumn(TableState t, SqlStatement st, Draft d) {
    Set<String> seen = new LinkedHashSet<>();
    for (int i = d.exprFrom; i < d.exprTo; i++) {
      Token tok = st.tokens().get(i);
      if (!tok.isIdentifier()) continue;
      boolean call = i + 1 < d.exprTo && st.tokens().get(i + 1).isPunct("(");
      boolean afterCast = i > d.exprFrom && st.tokens().get(i - 1).isPunct("::");
      if (!call && !afterCast && t.column(tok.value()).isPresent()) seen.add(tok.value());
    }
    return seen.size() == 1 ? seen.iterator().next() : null;
  }
}
