package dev.slipway.introspect.mysql;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Deferrability;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Foreign keys (KEY_COLUMN_USAGE paired with REFERENTIAL_CONSTRAINTS) and CHECK constraints
 * (CHECK_CONSTRAINTS: MariaDB 10.2+, MySQL 8.0.16+; older servers parse CHECK and ignore it,
 * dev.mysql.com/doc/refman/8.0/en/create-table-check-constraints.html).
 */
final class MySqlConstraints {
  /** A CHECK as read, with MariaDB's level ({@code Column} for a check written on a column). */
  record Check(String name, String clause, boolean columnLevel) {}

  private final boolean mariaDb;
  private final String realName;
  private final String alias;

  MySqlConstraints(boolean mariaDb, String realName, String alias) {
    this.mariaDb = mariaDb;
    this.realName = realName;
    this.alias = alias;
  }

  /** Foreign keys by table name. */
  Map<String, List<ForeignKey>> readForeignKeys(MySqlQueries queries) throws IntrospectionException {
    Map<String, Map<String, Fk>> rows = new LinkedHashMap<>();
    queries.each("foreign-keys", "foreign keys", rs -> {
      Fk fk = rows.computeIfAbsent(rs.getString("table_name"), t -> new LinkedHashMap<>())
          .computeIfAbsent(rs.getString("name"), n -> new Fk());
      if ("actions".equals(rs.getString("part"))) {
        fk.hasActions = true;
        fk.onUpdate = action(rs.getString("on_update"));
        fk.onDelete = action(rs.getString("on_delete"));
      } else {
        fk.refSchema = rs.getString("ref_schema");
        fk.refTable = rs.getString("ref_table");
        fk.columns.add(rs.getString("column_name"));
        fk.refColumns.add(rs.getString("ref_column"));
      }
    });
    Map<String, List<ForeignKey>> out = new HashMap<>();
    rows.forEach((table, fks) -> fks.forEach((name, fk) -> {
      if (!fk.hasActions || fk.columns.isEmpty()) return; // only half of a key: not a foreign key
      // The managed database goes by its alias; a key into another database keeps that database's name.
      String schema = fk.refSchema == null || fk.refSchema.equals(realName) ? alias : fk.refSchema;
      out.computeIfAbsent(table, t -> new ArrayList<>()).add(new ForeignKey(name, fk.columns,
          QualifiedName.of(schema, fk.refTable), fk.refColumns, fk.onUpdate, fk.onDelete, ForeignKey.Match.SIMPLE,
          Deferrability.NOT_DEFERRABLE, true, null));
    }));
    return out;
  }

  /** CHECK constraints by table name; empty when the server has no CHECK_CONSTRAINTS table. */
  Map<String, List<Check>> readChecks(MySqlQueries queries) throws IntrospectionException {
    Map<String, List<Check>> out = new HashMap<>();
    queries.each(mariaDb ? "checks-mariadb" : "checks-mysql", "check constraints", rs -> {
      String clause = mariaDb ? rs.getString("clause") : MySqlText.unescape(rs.getString("clause"));
      out.computeIfAbsent(rs.getString("table_name"), t -> new ArrayList<>())
          .add(new Check(rs.getString("name"), clause, "Column".equalsIgnoreCase(rs.getString("level"))));
    });
    return out;
  }

  static CheckConstraint toConstraint(Check c) {
    return new CheckConstraint(c.name(), Expr.of(c.clause()), true, false, null);
  }

  private static ForeignKey.Action action(String rule) {
    if (rule == null) return ForeignKey.Action.NO_ACTION;
    switch (rule) {
      case "CASCADE": return ForeignKey.Action.CASCADE;
      case "SET NULL": return ForeignKey.Action.SET_NULL;
      case "SET DEFAULT": return ForeignKey.Action.SET_DEFAULT;
      case "RESTRICT": return ForeignKey.Action.RESTRICT;
      default: return ForeignKey.Action.NO_ACTION;
    }
  }

  private static final class Fk {
    String refSchema;
    String refTable;
    boolean hasActions;
    ForeignKey.Action onUpdate = ForeignKey.Action.NO_ACTION;
    ForeignKey.Action onDelete = ForeignKey.Action.NO_ACTION;
    final List<String> columns = new ArrayList<>();
    final List<String> refColumns = new ArrayList<>();
  }
}
