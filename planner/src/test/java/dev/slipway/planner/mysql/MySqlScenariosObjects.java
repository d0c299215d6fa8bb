package dev.slipway.planner.mysql;

import static dev.slipway.planner.mysql.MySqlGoldenScenarios.*;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Routine;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.View;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.planner.mysql.MySqlGoldenPlanTest.Scenario;
import java.util.List;
import java.util.Map;

/** Whole tables, renames, views, triggers, routines and table options. */
final class MySqlScenariosObjects {
  private MySqlScenariosObjects() {}

  static void add(Map<String, Scenario> m) {
    Table parent = table("accounts", POPULATED, List.of(id()), List.of());
    Column created = Column.of("created_at", "timestamp").withNullable(false).withDefault(Expr.of("current_timestamp()"))
        .withAttrs(List.of(new MySqlColumnOptions(false, Expr.of("current_timestamp()"), null)));
    Table full = new Table(n("orders"), List.of(id(), notNull("account_id", "bigint unsigned"),
        Column.of("state", "enum('new','paid')").withNullable(false).withDefault(Expr.of("'new'")),
        Column.of("total", "decimal(10,2)").withDefault(Expr.of("0.00")), created,
        Column.of("note", "varchar(200)").withCollation("utf8mb4_bin").withComment("free text")),
        List.of(dev.slipway.model.PrimaryKey.of("PRIMARY", "id"),
            new ForeignKey("orders_account_fk", List.of("account_id"), n("accounts"), List.of("id"), null, ForeignKey.Action.CASCADE,
                null, null, true, null),
            CheckConstraint.of("orders_total_ck", "`total` >= 0")),
        List.of(Index.of("orders_account", false, "account_id"), Index.of("orders_state_created", false, "state", "created_at")),
        List.of(), List.of(), null, null, false, false, "customer orders",
        List.of(new MySqlTableOptions("InnoDB", null, null, null)), null);
    m.put("create-table-mysql84", new Scenario("A new table in one CREATE TABLE: columns, keys, FK, CHECK, options, comments.",
        schema(parent), schema(parent, full), MYSQL_8_4));
    m.put("drop-table-mariadb114", new Scenario("DROP TABLE deletes data; on a large table the hazard is danger.",
        schema(parent, users(LARGE)), schema(parent), MARIADB_11_4));
    Table renamedCol = table("users", POPULATED, List.of(id(), notNull("email_address", "varchar(100)"), Column.of("age", "int")), List.of());
    List<RenameHint> colHint = List.of(new RenameHint(n("users"), "email_address", "email", "schema.sql:3:3"));
    m.put("rename-column-mysql8015", new Scenario("RENAME COLUMN (MySQL 8.0.3+), in place.",
        schema(users(POPULATED)), schema(List.of(renamedCol), List.of(), List.of(), colHint), MYSQL_8_0_15));
    m.put("rename-column-mysql84", new Scenario("RENAME COLUMN is INSTANT from MySQL 8.0.28.",
        schema(users(POPULATED)), schema(List.of(renamedCol), List.of(), List.of(), colHint), MYSQL_8_4));
    m.put("rename-column-mariadb103", new Scenario("MariaDB before 10.5.2 renames with CHANGE and the full definition.",
        schema(users(POPULATED)), schema(List.of(renamedCol), List.of(), List.of(), colHint), MARIADB_10_3));
    m.put("rename-table-mysql84", new Scenario("RENAME TABLE from a hint keeps the rows.",
        schema(users(POPULATED)), schema(List.of(users(POPULATED).withName(n("members"))), List.of(), List.of(),
            List.of(new RenameHint(n("members"), null, "users", "schema.sql:1:1"))), MYSQL_8_4));
    View v1 = new View(n("adults"), "select `id`,`email` from `users` where `age` >= 18", false, List.of(), List.of(),
        List.of(n("users")), null, List.of());
    View v2 = new View(n("adults"), "select `id`,`email`,`age` from `users` where `age` >= 18", false,
        List.of("check_option=cascaded"), List.of(), List.of(n("users")), null, List.of());
    m.put("view-create-mariadb114", new Scenario("CREATE VIEW.", schema(users(POPULATED)),
        schema(List.of(users(POPULATED)), List.of(v1), List.of(), List.of()), MARIADB_11_4));
    m.put("view-replace-with-column-type-change-mysql84", new Scenario("CREATE OR REPLACE VIEW changes a view in place; a "
        + "type change under it needs no view rebuild on MySQL.",
        schema(List.of(users(POPULATED)), List.of(v1), List.of(), List.of()),
        schema(List.of(table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)"), Column.of("age", "bigint")), List.of())),
            List.of(v2), List.of(), List.of()), MYSQL_8_4));
    m.put("view-drop-mysql8015", new Scenario("DROP VIEW.", schema(List.of(users(POPULATED)), List.of(v1), List.of(), List.of()),
        schema(users(POPULATED)), MYSQL_8_0_15));
    Trigger t1 = new Trigger("users_bi", "CREATE TRIGGER `users_bi` BEFORE INSERT ON `users` FOR EACH ROW SET NEW.email = lower(NEW.email)",
        null, true, null);
    Trigger t2 = new Trigger("users_bi", "CREATE TRIGGER `users_bi` BEFORE INSERT ON `users` FOR EACH ROW SET NEW.email = trim(lower(NEW.email))",
        null, true, null);
    m.put("trigger-replace-mysql84", new Scenario("MySQL has no CREATE OR REPLACE TRIGGER: drop and create.",
        schema(users(POPULATED).withTriggers(List.of(t1))), schema(users(POPULATED).withTriggers(List.of(t2))), MYSQL_8_4));
    m.put("trigger-replace-mariadb114", new Scenario("MariaDB replaces a trigger in one statement.",
        schema(users(POPULATED).withTriggers(List.of(t1))), schema(users(POPULATED).withTriggers(List.of(t2))), MARIADB_11_4));
    Routine r1 = new Routine(n("tax"), Routine.Kind.FUNCTION, "amount decimal(10,2)", "decimal(10,2)", "SQL",
        "CREATE FUNCTION `tax`(amount decimal(10,2)) RETURNS decimal(10,2) DETERMINISTIC RETURN amount * 0.2", null);
    Routine r2 = new Routine(n("tax"), Routine.Kind.FUNCTION, "amount decimal(10,2)", "decimal(10,2)", "SQL",
        "CREATE FUNCTION `tax`(amount decimal(10,2)) RETURNS decimal(10,2) DETERMINISTIC RETURN amount * 0.21", null);
    m.put("routine-replace-mariadb114", new Scenario("CREATE OR REPLACE FUNCTION on MariaDB.",
        schema(List.of(), List.of(), List.of(r1), List.of()), schema(List.of(), List.of(), List.of(r2), List.of()), MARIADB_11_4));
    m.put("routine-replace-mysql84", new Scenario("MySQL drops and creates a function to change it.",
        schema(List.of(), List.of(), List.of(r1), List.of()), schema(List.of(), List.of(), List.of(r2), List.of()), MYSQL_8_4));
    Table latin = table("legacy", POPULATED, List.of(id(), Column.of("name", "varchar(50)")), List.of())
        .withAttrs(List.of(new MySqlTableOptions("InnoDB", "latin1", "latin1_swedish_ci", null)));
    m.put("table-charset-convert-mysql84", new Scenario("A table moving to the database's utf8mb4 default converts every text "
        + "column: COPY.", schema(latin), schema(latin.withAttrs(List.of(new MySqlTableOptions("InnoDB", null, null, null)))), MYSQL_8_4));
    m.put("table-comment-mariadb114", new Scenario("A table comment is metadata: in place.", schema(users(POPULATED)),
        schema(users(POPULATED).withComment("people")), MARIADB_11_4));
  }
}
