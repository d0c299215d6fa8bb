package dev.slipway.planner.mysql;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Generated;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Table;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.model.mysql.MySqlPartitions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.planner.PlanningException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MySQL/MariaDB SQL text: identifiers in backticks (a backtick inside doubled:
 * dev.mysql.com/doc/refman/8.0/en/identifiers.html), string literals in single quotes with quotes and
 * backslashes escaped, and the definitions of columns, keys and constraints as {@code CREATE TABLE} and
 * {@code ALTER TABLE} both accept them. Object names are unqualified (statements run in the target database);
 * a reference into another database is qualified.
 */
final class MySqlSql {
  private MySqlSql() {}

  static String q(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  /** A table or view named from inside database {@code home}: qualified only when it lives elsewhere. */
  static String name(QualifiedName n, String home) {
    return n.schema().equals(home) ? q(n.name()) : q(n.schema()) + "." + q(n.name());
  }

  static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  static String columns(List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) out.add(q(n));
    return String.join(", ", out);
  }

  /** {@code `name` type [CHARACTER SET] [COLLATE] [GENERATED…] NOT NULL [DEFAULT] [ON UPDATE] [AUTO_INCREMENT] [COMMENT]}. */
  static String column(Column c) {
    StringBuilder b = new StringBuilder(q(c.name())).append(' ').append(c.type().text());
    MySqlColumnOptions o = c.findAttr(MySqlColumnOptions.class).orElse(null);
    if (o != null && o.charset() != null) b.append(" CHARACTER SET ").append(o.charset());
    if (c.collation() != null) b.append(" COLLATE ").append(c.collation());
    Generated g = c.generated();
    if (g != null) {
      b.append(" GENERATED ALWAYS AS (").append(g.expression().text()).append(')').append(g.stored() ? " STORED" : " VIRTUAL");
    }
    // MariaDB refuses NULL / NOT NULL on a generated column (its catalog says nullable for every one);
    // MySQL accepts NOT NULL there. So a generated column states only NOT NULL, and only when it is.
    if (g == null) b.append(c.nullable() ? " NULL" : " NOT NULL");
    else if (!c.nullable()) b.append(" NOT NULL");
    if (c.defaultValue() != null) b.append(" DEFAULT ").append(c.defaultValue().text());
    if (o != null && o.onUpdate() != null) b.append(" ON UPDATE ").append(o.onUpdate().text());
    if (o != null && o.autoIncrement()) b.append(" AUTO_INCREMENT");
    if (c.comment() != null) b.append(" COMMENT ").append(literal(c.comment()));
    return b.toString();
  }

  /** {@code [UNIQUE|FULLTEXT|SPATIAL] INDEX `name` (keys) [USING HASH] [COMMENT]}. */
  static String index(Index i) {
    String method = i.method().toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    if (method.equals("fulltext")) b.append("FULLTEXT ");
    else if (method.equals("spatial")) b.append("SPATIAL ");
    else if (i.unique()) b.append("UNIQUE ");
    b.append("INDEX ").append(q(i.name())).append(" (").append(keys(i.keys())).append(')');
    if (method.equals("hash")) b.append(" USING HASH");
    if (i.comment() != null) b.append(" COMMENT ").append(literal(i.comment()));
    return b.toString();
  }

  private static String keys(List<IndexKey> keys) {
    List<String> out = new ArrayList<>(keys.size());
    for (IndexKey k : keys) {
      // A functional key part is written in its own parentheses: dev.mysql.com/doc/refman/8.0/en/create-index.html
      String s = k.column() != null ? q(k.column()) : "(" + k.expression().text() + ")";
      if (k.prefixLength() != null) s += "(" + k.prefixLength() + ")";
      if (k.order() == IndexKey.Order.DESC) s += " DESC";
      out.add(s);
    }
    return String.join(", ", out);
  }

  /** A constraint as an ALTER TABLE ADD / CREATE TABLE element. */
  static String constraint(Constraint c, QualifiedName table) {
    if (c instanceof PrimaryKey pk) return "PRIMARY KEY (" + columns(pk.columns()) + ")";
    if (c instanceof UniqueConstraint u) return "CONSTRAINT " + q(u.name()) + " UNIQUE (" + columns(u.columns()) + ")";
    if (c instanceof CheckConstraint k) return "CONSTRAINT " + q(k.name()) + " CHECK (" + unwrap(k.expression().text()) + ")";
    if (c instanceof ForeignKey fk) {
      StringBuilder b = new StringBuilder("CONSTRAINT ").append(q(fk.name())).append(" FOREIGN KEY (")
          .append(columns(fk.columns())).append(") REFERENCES ").append(name(fk.referencedTable(), table.schema()))
          .append(" (").append(columns(fk.referencedColumns())).append(')');
      if (fk.onDelete() != ForeignKey.Action.NO_ACTION) b.append(" ON DELETE ").append(action(fk.onDelete()));
      if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) b.append(" ON UPDATE ").append(action(fk.onUpdate()));
      return b.toString();
    }
    throw new PlanningException("MySQL has no " + c.getClass().getSimpleName() + " (" + table + "." + c.name() + ")");
  }

  /** A CHECK clause as the server prints it carries its own parentheses; writing them twice is harmless but noisy. */
  private static String unwrap(String e) {
    String t = e.strip();
    if (t.startsWith("(") && t.endsWith(")")) {
      int depth = 0;
      for (int i = 0; i < t.length(); i++) {
        char ch = t.charAt(i);
        if (ch == '(') depth++;
        else if (ch == ')' && --depth == 0 && i < t.length() - 1) return t;
        else if (ch == '\'' ) return t; // literals: keep as written
      }
      return t.substring(1, t.length() - 1);
    }
    return t;
  }

  private static String action(ForeignKey.Action a) {
    return a.name().replace('_', ' ');
  }

  /** The full CREATE TABLE for {@code t}, with keys, constraints, options and partitions. */
  static String createTable(Table t) {
    List<String> parts = new ArrayList<>();
    for (Column c : t.columns()) parts.add(column(c));
    t.primaryKey().ifPresent(pk -> parts.add(constraint(pk, t.name())));
    for (Index i : t.indexes()) parts.add(index(i));
    for (Constraint c : t.constraints()) {
      if (!(c instanceof PrimaryKey)) parts.add(constraint(c, t.name()));
    }
    StringBuilder b = new StringBuilder("CREATE TABLE ").append(q(t.name().name())).append(" (\n  ")
        .append(String.join(",\n  ", parts)).append("\n)");
    String options = tableOptions(t.findAttr(MySqlTableOptions.class).orElse(null), t.comment());
    if (!options.isEmpty()) b.append(' ').append(options);
    if (t.partitioning() != null) b.append('\n').append(partitionBy(t));
    return b.toString();
  }

  static String tableOptions(MySqlTableOptions o, String comment) {
    List<String> out = new ArrayList<>();
    if (o != null) {
      if (o.engine() != null) out.add("ENGINE=" + o.engine());
      if (o.charset() != null) out.add("DEFAULT CHARSET=" + o.charset());
      if (o.collation() != null) out.add("COLLATE=" + o.collation());
      if (o.rowFormat() != null) out.add("ROW_FORMAT=" + o.rowFormat());
    }
    if (comment != null) out.add("COMMENT=" + literal(comment));
    return String.join(" ", out);
  }

  static String partitionBy(Table t) {
    boolean columns = t.findAttr(MySqlPartitions.class).map(MySqlPartitions::columns).orElse(false);
    // RANGE COLUMNS / LIST COLUMNS name plain columns, quoted; RANGE / LIST take one expression as the server printed it.
    List<String> keys = columns ? t.partitioning().keys().stream().map(MySqlSql::q).toList() : t.partitioning().keys();
    StringBuilder b = new StringBuilder("PARTITION BY ").append(t.partitioning().strategy().name())
        .append(columns ? " COLUMNS(" : " (").append(String.join(", ", keys)).append(')');
    List<String> defs = t.findAttr(MySqlPartitions.class).map(MySqlPartitions::definitions).orElse(List.of());
    if (defs.size() == 1 && defs.get(0).startsWith("PARTITIONS ")) {
      b.append(' ').append(defs.get(0));
    } else if (!defs.isEmpty()) {
      b.append(" (\n  ").append(String.join(",\n  ", defs)).append("\n)");
    }
    return b.toString();
  }
}
