package dev.slipway.planner.mysql;

import dev.slipway.model.Attr;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Dialect;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.Namespace;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import dev.slipway.model.SizeEstimate;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.View;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.model.mysql.MySqlDatabaseOptions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.planner.mysql.MySqlGoldenPlanTest.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The MySQL/MariaDB golden scenarios: schemas as the catalog reader produces them (model.mysql conventions). */
final class MySqlGoldenScenarios {
  private MySqlGoldenScenarios() {}

  static final ServerVersion MARIADB_11_4 = new ServerVersion(ServerVersion.Engine.MARIADB, 11, 4, 5);
  static final ServerVersion MARIADB_10_3 = new ServerVersion(ServerVersion.Engine.MARIADB, 10, 3, 39);
  static final ServerVersion MYSQL_8_0_15 = new ServerVersion(ServerVersion.Engine.MYSQL, 8, 0, 15);
  static final ServerVersion MYSQL_8_4 = new ServerVersion(ServerVersion.Engine.MYSQL, 8, 4, 3);

  static final String DB = "app";
  static final MySqlDatabaseOptions DB_OPTIONS = new MySqlDatabaseOptions("utf8mb4", "utf8mb4_general_ci");
  static final SizeEstimate POPULATED = new SizeEstimate(50_000, 12L << 20);
  static final SizeEstimate LARGE = new SizeEstimate(40_000_000, 9L << 30);

  static QualifiedName n(String name) {
    return QualifiedName.of(DB, name);
  }

  static Column id() {
    return new Column("id", dev.slipway.model.SqlType.of("bigint unsigned"), false, null, null, null, null, null,
        List.of(new MySqlColumnOptions(true, null, null)));
  }

  static Column col(String name, String type) {
    return Column.of(name, type);
  }

  static Column notNull(String name, String type) {
    return Column.of(name, type).withNullable(false);
  }

  /** A table as the catalog reads it: InnoDB, inheriting the database charset, with a primary key on id. */
  static Table table(String name, SizeEstimate size, List<Column> columns, List<Index> indexes, Constraint... constraints) {
    List<Constraint> cs = new ArrayList<>(List.of(constraints));
    if (columns.stream().anyMatch(c -> c.name().equals("id")) && cs.stream().noneMatch(c -> c instanceof PrimaryKey)) {
      cs.add(PrimaryKey.of("PRIMARY", "id"));
    }
    return new Table(n(name), columns, cs, indexes, List.of(), List.of(), null, null, false, false, null,
        List.of(new MySqlTableOptions("InnoDB", "utf8mb4", "utf8mb4_general_ci", null)), size);
  }

  static Table users(SizeEstimate size, Column... extra) {
    List<Column> cols = new ArrayList<>(List.of(id(), notNull("email", "varchar(100)"), col("age", "int(11)")));
    cols.addAll(List.of(extra));
    return table("users", size, cols, List.of());
  }

  static Schema schema(Table... tables) {
    return Schema.of(Dialect.MYSQL, List.of(new Namespace(DB, null, List.<Attr>of(DB_OPTIONS))), List.of(tables));
  }

  static Schema schema(List<Table> tables, List<View> views, List<Routine> routines, List<RenameHint> hints) {
    return new Schema(Dialect.MYSQL, List.of(new Namespace(DB, null, List.<Attr>of(DB_OPTIONS))), List.of(), List.of(),
        List.of(), tables, views, routines, hints);
  }

  static Map<String, Scenario> all() {
    Map<String, Scenario> m = new LinkedHashMap<>();
    MySqlScenariosColumns.add(m);
    MySqlScenariosKeys.add(m);
    MySqlScenariosObjects.add(m);
    return m;
  }
}
