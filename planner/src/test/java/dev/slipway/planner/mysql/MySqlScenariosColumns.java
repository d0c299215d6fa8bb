package dev.slipway.planner.mysql;

import static dev.slipway.planner.mysql.MySqlGoldenScenarios.*;

import dev.slipway.model.Column;
import dev.slipway.model.Expr;
import dev.slipway.model.Index;
import dev.slipway.model.Table;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.planner.mysql.MySqlGoldenPlanTest.Scenario;
import java.util.List;
import java.util.Map;

/** Column scenarios: add, drop, type, nullability, defaults, enum members. */
final class MySqlScenariosColumns {
  private MySqlScenariosColumns() {}

  static void add(Map<String, Scenario> m) {
    Column nick = Column.of("nickname", "varchar(40)");
    m.put("add-column-populated-mysql84", new Scenario("A nullable column added last to a populated table: INSTANT.",
        schema(users(POPULATED)), schema(users(POPULATED, nick)), MYSQL_8_4));
    m.put("add-column-populated-mariadb114", new Scenario("MariaDB 10.3.2+ adds a last column instantly.",
        schema(users(POPULATED)), schema(users(POPULATED, nick)), MARIADB_11_4));
    m.put("add-column-populated-mariadb103", new Scenario("MariaDB 10.3 adds a last column instantly too.",
        schema(users(POPULATED)), schema(users(POPULATED, nick)), MARIADB_10_3));
    Table middle = table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)"), nick, Column.of("age", "int")), List.of());
    m.put("add-column-middle-mysql84", new Scenario("MySQL 8.0.29+ adds a column anywhere instantly: AFTER email.",
        schema(users(POPULATED)), schema(middle), MYSQL_8_4));
    m.put("add-column-middle-mysql8015", new Scenario("MySQL 8.0.15 adds instantly only at the end; column order is not a "
        + "difference, so the column is appended rather than rebuilding the table.", schema(users(POPULATED)), schema(middle), MYSQL_8_0_15));
    m.put("add-column-middle-mariadb103", new Scenario("MariaDB 10.3 adds instantly only at the end: appended.",
        schema(users(POPULATED)), schema(middle), MARIADB_10_3));
    m.put("add-column-middle-mariadb114", new Scenario("MariaDB 10.4+ adds anywhere instantly.",
        schema(users(POPULATED)), schema(middle), MARIADB_11_4));
    m.put("add-not-null-column-without-default-mysql84", new Scenario("NOT NULL without DEFAULT fills existing rows with the "
        + "type's zero value: INSTANT, flagged.", schema(users(POPULATED)), schema(users(POPULATED, Column.of("score", "int").withNullable(false))),
        MYSQL_8_4));
    Column stamp = Column.of("closed_at", "datetime(6)").withNullable(false);
    m.put("add-not-null-datetime-without-default-mysql8015", new Scenario("MySQL refuses INSTANT for a NOT NULL DATETIME "
        + "without DEFAULT (its implicit default is the zero date; found replaying Spring Batch 4.3 → 5.0 on 8.0.15): "
        + "rebuilt in place, flagged.", schema(users(POPULATED)), schema(users(POPULATED, stamp)), MYSQL_8_0_15));
    m.put("add-not-null-datetime-without-default-mariadb114", new Scenario("MariaDB adds the same column instantly.",
        schema(users(POPULATED)), schema(users(POPULATED, stamp)), MARIADB_11_4));
    m.put("add-stored-generated-column-mysql84", new Scenario("A STORED generated column is computed for every row: COPY.",
        schema(users(POPULATED)), schema(users(POPULATED, Column.of("email_lc", "varchar(100)")
            .withGenerated(new dev.slipway.model.Generated(Expr.of("lower(`email`)"), true)))), MYSQL_8_4));
    m.put("drop-column-mysql84", new Scenario("MySQL 8.0.29+ drops a column instantly.",
        schema(users(POPULATED)), schema(table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)")), List.of())), MYSQL_8_4));
    m.put("drop-column-mysql8015", new Scenario("Before 8.0.29 a column drop rebuilds the table in place.",
        schema(users(POPULATED)), schema(table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)")), List.of())), MYSQL_8_0_15));
    m.put("drop-column-mariadb103", new Scenario("MariaDB 10.3 rebuilds to drop a column (instant from 10.4).",
        schema(users(POPULATED)), schema(table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)")), List.of())), MARIADB_10_3));
    Table intCode = table("items", POPULATED, List.of(id(), Column.of("code", "int(11)")), List.of());
    Table varcharCode = table("items", POPULATED, List.of(id(), Column.of("code", "varchar(20)")), List.of());
    m.put("int-to-varchar-mysql84", new Scenario("int → varchar needs a conversion of every row: COPY, TABLE_REWRITE.",
        schema(intCode), schema(varcharCode), MYSQL_8_4));
    m.put("int-to-varchar-mariadb114", new Scenario("Same on MariaDB.", schema(intCode), schema(varcharCode), MARIADB_11_4));
    m.put("int-to-varchar-large-table-mysql84", new Scenario("On a 40M-row table the copy is dangerous: the plan offers gh-ost "
        + "and pt-online-schema-change.", schema(intCode.withSize(LARGE)), schema(varcharCode.withSize(LARGE)), MYSQL_8_4));
    m.put("bigint-to-int-narrowing-mariadb103", new Scenario("Narrowing may fail on existing values: DATA_DEPENDENT.",
        schema(table("items", POPULATED, List.of(id(), Column.of("n", "bigint(20)")), List.of())),
        schema(table("items", POPULATED, List.of(id(), Column.of("n", "int")), List.of())), MARIADB_10_3));
    m.put("varchar-extend-same-length-bytes-mysql84", new Scenario("varchar(20) → varchar(60) in utf8mb4 stays under 255 "
        + "bytes: in place, metadata only.", schema(table("items", POPULATED, List.of(id(), Column.of("s", "varchar(20)")), List.of())),
        schema(table("items", POPULATED, List.of(id(), Column.of("s", "varchar(60)")), List.of())), MYSQL_8_4));
    m.put("varchar-extend-crosses-255-bytes-mysql84", new Scenario("varchar(60) → varchar(100) in utf8mb4 crosses 255 bytes "
        + "(length prefix 1 → 2 bytes): COPY.", schema(table("items", POPULATED, List.of(id(), Column.of("s", "varchar(60)")), List.of())),
        schema(table("items", POPULATED, List.of(id(), Column.of("s", "varchar(100)")), List.of())), MYSQL_8_4));
    Table e1 = table("orders", POPULATED, List.of(id(), Column.of("state", "enum('new','paid')")), List.of());
    Table e2 = table("orders", POPULATED, List.of(id(), Column.of("state", "enum('new','paid','shipped')")), List.of());
    Table e3 = table("orders", POPULATED, List.of(id(), Column.of("state", "enum('paid','new')")), List.of());
    m.put("enum-append-mysql84", new Scenario("An enum member appended at the end: INSTANT.", schema(e1), schema(e2), MYSQL_8_4));
    m.put("enum-append-mariadb114", new Scenario("On MariaDB INPLACE, which the server runs instantly when it can.",
        schema(e1), schema(e2), MARIADB_11_4));
    m.put("enum-reorder-and-remove-mysql84", new Scenario("Reordering / removing members rewrites the stored values: COPY.",
        schema(e2), schema(e3), MYSQL_8_4));
    Table nullable = table("users", POPULATED, List.of(id(), Column.of("email", "varchar(100)")), List.of());
    Table required = table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)")), List.of());
    m.put("set-not-null-mysql84", new Scenario("NULL → NOT NULL rebuilds in place with concurrent DML; fails on NULLs.",
        schema(nullable), schema(required), MYSQL_8_4));
    m.put("drop-not-null-mariadb103", new Scenario("NOT NULL → NULL on MariaDB 10.3: in place.",
        schema(required), schema(nullable), MARIADB_10_3));
    m.put("set-default-mysql84", new Scenario("A literal default change is metadata only: ALTER COLUMN SET DEFAULT, INSTANT.",
        schema(table("items", POPULATED, List.of(id(), Column.of("n", "int").withDefault(Expr.of("0"))), List.of())),
        schema(table("items", POPULATED, List.of(id(), Column.of("n", "int").withDefault(Expr.of("1"))), List.of())), MYSQL_8_4));
    m.put("equal-spellings-no-changes-mariadb114", new Scenario("int(11) = int, bool = tinyint(1), CURRENT_TIMESTAMP = "
        + "current_timestamp(), '1' = 1 on a number, charset inherited: nothing to do.",
        schema(table("t", POPULATED, List.of(id(), Column.of("a", "int(11)"), Column.of("b", "tinyint(1)"),
            Column.of("c", "timestamp").withDefault(Expr.of("current_timestamp()")), Column.of("d", "int(11)").withDefault(Expr.of("1"))),
            List.of())),
        schema(new Table(n("t"), List.of(id(), Column.of("a", "INTEGER"), Column.of("b", "BOOLEAN"),
            Column.of("c", "TIMESTAMP").withDefault(Expr.of("CURRENT_TIMESTAMP")), Column.of("d", "int").withDefault(Expr.of("'1'"))),
            List.of(dev.slipway.model.PrimaryKey.of("PRIMARY", "id")), List.of(), List.of(), List.of(), null, null, false, false,
            null, List.of(new MySqlTableOptions("InnoDB", null, null, null)), null)), MARIADB_11_4));
    Column commented = Column.of("age", "int").withComment("years");
    m.put("column-comment-mysql84", new Scenario("A column comment is part of its definition: MODIFY COLUMN in place.",
        schema(users(POPULATED)), schema(table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)"), commented), List.of())),
        MYSQL_8_4));
    m.put("merge-instant-adds-apart-from-index-build-mysql84", new Scenario("Two INSTANT column adds share one ALTER; the "
        + "index build gets its own (merged with them it would make the server rebuild the table for the adds).",
        schema(users(POPULATED)), schema(table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)"),
            Column.of("age", "int"), Column.of("a", "int"), Column.of("b", "int")), List.of(Index.of("users_age", false, "age")))),
        MYSQL_8_4));
  }
}
