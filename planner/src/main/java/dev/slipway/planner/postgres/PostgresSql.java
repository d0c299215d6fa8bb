package dev.slipway.planner.postgres;

import static dev.slipway.planner.postgres.PostgresIdentifiers.list;
import static dev.slipway.planner.postgres.PostgresIdentifiers.qualified;
import static dev.slipway.planner.postgres.PostgresIdentifiers.quote;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Deferrability;
import dev.slipway.model.ExclusionConstraint;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Identity;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.postgres.PostgresNotNullName;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.PlanningException;
import java.util.ArrayList;
import java.util.List;

/** SQL fragments shared by the PostgreSQL renderers: column, constraint, index and sequence clauses. */
final class PostgresSql {
  private PostgresSql() {}

  /** An expression in a position that takes only a restricted expression (DEFAULT): parenthesised unless simple. */
  static String paren(Expr e) {
    String t = e.text().strip();
    boolean simple = t.matches("[A-Za-z0-9_.:'\"$-]+") || t.matches("'(?:[^']|'')*'(::[A-Za-z0-9_ .\"\\[\\]()]+)?")
        || t.matches("[A-Za-z_][A-Za-z0-9_.]*\\([^()]*\\)");
    return simple ? t : "(" + t + ")";
  }

  /** {@code name type [COLLATE c] [GENERATED …|DEFAULT …] [NOT NULL]}. */
  static String columnDefinition(Column c, PlanContext context) {
    if (c.generated() != null && !c.generated().stored() && !context.version().atLeast(18)) {
      // Virtual generated columns arrived in PostgreSQL 18: postgresql.org/docs/18/ddl-generated-columns.html
      throw new PlanningException("column " + c.name() + " is a VIRTUAL generated column, which needs PostgreSQL 18 "
          + "or later (server is " + context.version() + ")");
    }
    StringBuilder b = new StringBuilder(quote(c.name())).append(' ').append(c.type().text());
    if (c.collation() != null) b.append(" COLLATE ").append(collation(c.collation()));
    if (c.generated() != null) {
      b.append(" GENERATED ALWAYS AS (").append(c.generated().expression().text()).append(')')
          .append(c.generated().stored() ? " STORED" : " VIRTUAL");
    } else if (c.identity() != null) {
      b.append(' ').append(identity(c.identity(), c.type().text()));
    } else if (c.defaultValue() != null) {
      b.append(" DEFAULT ").append(paren(c.defaultValue()));
    }
    if (!c.nullable()) {
      // A NOT NULL constraint named otherwise than PostgreSQL 18 would name it keeps its name (older servers
      // accept the clause and ignore the name).
      c.findAttr(PostgresNotNullName.class).ifPresent(n -> b.append(" CONSTRAINT ").append(quote(n.name())));
      b.append(" NOT NULL");
    }
    return b.toString();
  }

  /** A collation name as read from the catalog: already quoted or qualified text stays as is. */
  static String collation(String c) {
    if (c.startsWith("\"") || c.contains(".")) return c;
    return quote(c);
  }

  static String identity(Identity id, String columnType) {
    String generation = id.generation() == Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT";
    String opts = sequenceOptions(id.options(), SequenceOptions.defaults(integerType(columnType)), false);
    return "GENERATED " + generation + " AS IDENTITY" + (opts.isEmpty() ? "" : " (" + opts.strip() + ")");
  }

  static String integerType(String type) {
    String t = type.toLowerCase(java.util.Locale.ROOT).strip();
    if (t.equals("smallint") || t.equals("int2")) return "smallint";
    if (t.equals("integer") || t.equals("int") || t.equals("int4")) return "integer";
    return "bigint";
  }

  /** The options that differ from {@code base}, each with a leading space; {@code AS type} when asked. */
  static String sequenceOptions(SequenceOptions o, SequenceOptions base, boolean withType) {
    StringBuilder b = new StringBuilder();
    if (withType && (base == null || !o.dataType().equals(base.dataType()))) b.append(" AS ").append(o.dataType());
    if (base == null || o.increment() != base.increment()) b.append(" INCREMENT BY ").append(o.increment());
    if (base == null || o.min() != base.min()) b.append(" MINVALUE ").append(o.min());
    if (base == null || o.max() != base.max()) b.append(" MAXVALUE ").append(o.max());
    if (base == null || o.start() != base.start()) b.append(" START WITH ").append(o.start());
    if (base == null || o.cache() != base.cache()) b.append(" CACHE ").append(o.cache());
    if (base == null || o.cycle() != base.cycle()) b.append(o.cycle() ? " CYCLE" : " NO CYCLE");
    return b.toString();
  }

  /**
   * Whether new bounds exclude the old start. ALTER SEQUENCE checks the sequence's current value against the
   * new MINVALUE/MAXVALUE and fails outside them (postgresql.org/docs/current/sql-altersequence.html); an
   * unused sequence's current value is its start, so the statement must also RESTART it. A used sequence whose
   * value is still inside the bounds is left alone whenever the old start is inside them too.
   */
  static boolean restartNeeded(SequenceOptions from, SequenceOptions to) {
    return from.start() < to.min() || from.start() > to.max();
  }

  static String restartMessage(String what, long start) {
    return "restarts " + what + " at " + start + " because the old start lies outside the new bounds; if it has "
        + "already generated values, new ones may repeat them";
  }

  static String deferrability(Deferrability d) {
    if (d == Deferrability.INITIALLY_IMMEDIATE) return " DEFERRABLE INITIALLY IMMEDIATE";
    if (d == Deferrability.INITIALLY_DEFERRED) return " DEFERRABLE INITIALLY DEFERRED";
    return "";
  }

  static String include(List<String> columns) {
    return columns.isEmpty() ? "" : " INCLUDE (" + list(columns) + ")";
  }

  /** The body of {@code CONSTRAINT name …}, without NOT VALID. */
  static String constraintBody(Constraint c, PlanContext context) {
    if (c instanceof PrimaryKey pk) return "PRIMARY KEY (" + list(pk.columns()) + ")" + include(pk.include());
    if (c instanceof UniqueConstraint u) {
      return "UNIQUE" + nullsNotDistinct(u.nullsNotDistinct(), context, u.name()) + " (" + list(u.columns()) + ")"
          + include(u.include()) + deferrability(u.deferrability());
    }
    if (c instanceof CheckConstraint k) {
      return "CHECK (" + k.expression().text() + ")" + (k.noInherit() ? " NO INHERIT" : "");
    }
    if (c instanceof ForeignKey fk) {
      StringBuilder b = new StringBuilder("FOREIGN KEY (").append(list(fk.columns())).append(") REFERENCES ")
          .append(qualified(fk.referencedTable())).append(" (").append(list(fk.referencedColumns())).append(')');
      if (fk.match() == ForeignKey.Match.FULL) b.append(" MATCH FULL");
      if (fk.match() == ForeignKey.Match.PARTIAL) b.append(" MATCH PARTIAL");
      if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) b.append(" ON UPDATE ").append(action(fk.onUpdate()));
      if (fk.onDelete() != ForeignKey.Action.NO_ACTION) b.append(" ON DELETE ").append(action(fk.onDelete()));
      return b.append(deferrability(fk.deferrability())).toString();
    }
    ExclusionConstraint x = (ExclusionConstraint) c;
    return x.definition() + deferrability(x.deferrability());
  }

  static String constraintDefinition(Constraint c, PlanContext context) {
    return "CONSTRAINT " + quote(c.name()) + " " + constraintBody(c, context);
  }

  private static String action(ForeignKey.Action a) {
    return a.name().replace('_', ' ');
  }

  /** NULLS NOT DISTINCT exists from PostgreSQL 15: postgresql.org/docs/15/sql-createindex.html */
  static String nullsNotDistinct(boolean on, PlanContext context, String name) {
    if (!on) return "";
    if (!context.version().atLeast(15)) {
      throw new PlanningException(name + ": NULLS NOT DISTINCT needs PostgreSQL 15 or later (server is "
          + context.version() + ")");
    }
    return " NULLS NOT DISTINCT";
  }

  /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table USING method (keys) …}. */
  static String createIndex(QualifiedName table, Index i, String name, boolean concurrently, boolean only,
      PlanContext context) {
    StringBuilder b = new StringBuilder("CREATE ");
    if (i.unique()) b.append("UNIQUE ");
    b.append("INDEX ");
    if (concurrently) b.append("CONCURRENTLY ");
    b.append(quote(name)).append(" ON ").append(only ? "ONLY " : "").append(qualified(table))
        .append(" USING ").append(i.method().toLowerCase(java.util.Locale.ROOT)).append(" (");
    List<String> keys = new ArrayList<>();
    for (IndexKey k : i.keys()) keys.add(key(k));
    b.append(String.join(", ", keys)).append(')').append(include(i.include()))
        .append(nullsNotDistinct(i.nullsNotDistinct(), context, i.name()));
    if (!i.storageParameters().isEmpty()) b.append(" WITH (").append(String.join(", ", i.storageParameters())).append(')');
    if (i.predicate() != null) b.append(" WHERE (").append(i.predicate().text()).append(')');
    return b.toString();
  }

  private static String key(IndexKey k) {
    StringBuilder b = new StringBuilder(k.column() != null ? quote(k.column()) : "(" + k.expression().text() + ")");
    if (k.collation() != null) b.append(" COLLATE ").append(collation(k.collation()));
    if (k.opclass() != null) b.append(' ').append(k.opclass());
    if (k.order() == IndexKey.Order.DESC) b.append(" DESC");
    if (k.nulls() == IndexKey.Nulls.FIRST) b.append(" NULLS FIRST");
    if (k.nulls() == IndexKey.Nulls.LAST) b.append(" NULLS LAST");
    return b.toString();
  }

  /** PostgreSQL truncates identifiers to 63 bytes (NAMEDATALEN - 1); a derived name must fit. */
  static String derivedName(String base, String suffix) {
    String name = base + suffix;
    while (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63 && !base.isEmpty()) {
      base = base.substring(0, base.length() - 1);
      name = base + suffix;
    }
    return name;
  }
}
