package dev.slipway.planner.mysql;

import static dev.slipway.planner.mysql.MySqlGoldenScenarios.*;

import dev.slipway.model.Column;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.Table;
import dev.slipway.planner.mysql.MySqlGoldenPlanTest.Scenario;
import java.util.List;
import java.util.Map;

/** Index, key and constraint scenarios. */
final class MySqlScenariosKeys {
  private MySqlScenariosKeys() {}

  static void add(Map<String, Scenario> m) {
    Table indexed = table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)"), Column.of("age", "int")),
        List.of(Index.of("users_age", false, "age")));
    m.put("add-secondary-index-mysql84", new Scenario("A secondary index: INPLACE, LOCK=NONE.",
        schema(users(POPULATED)), schema(indexed), MYSQL_8_4));
    m.put("add-secondary-index-mariadb114", new Scenario("Same on MariaDB.", schema(users(POPULATED)), schema(indexed), MARIADB_11_4));
    m.put("add-unique-index-mysql8015", new Scenario("A unique index can fail on duplicates: DATA_DEPENDENT.",
        schema(users(POPULATED)), schema(table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)"),
            Column.of("age", "int")), List.of(Index.of("users_email", true, "email")))), MYSQL_8_0_15));
    m.put("drop-index-mariadb114", new Scenario("Dropping an index is metadata only.", schema(indexed), schema(users(POPULATED)),
        MARIADB_11_4));
    m.put("change-index-definition-mysql84", new Scenario("A changed index is dropped and rebuilt in one ALTER.",
        schema(indexed), schema(table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)"), Column.of("age", "int")),
            List.of(new Index("users_age", List.of(IndexKey.column("age"), IndexKey.column("email")), "btree", false, false,
                List.of(), null, List.of(), true, null, List.of())))), MYSQL_8_4));
    Table fulltext = table("docs", POPULATED, List.of(id(), Column.of("body", "text")),
        List.of(new Index("docs_body", List.of(IndexKey.column("body")), "fulltext", false, false, List.of(), null, List.of(), true,
            null, List.of())));
    m.put("add-fulltext-index-mysql84", new Scenario("The first FULLTEXT index rebuilds the table and blocks writes.",
        schema(table("docs", POPULATED, List.of(id(), Column.of("body", "text")), List.of())), schema(fulltext), MYSQL_8_4));
    m.put("rename-index-mariadb103", new Scenario("MariaDB before 10.5.2 has no RENAME INDEX: drop and add in one ALTER.",
        schema(indexed), schema(table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)"), Column.of("age", "int")),
            List.of(Index.of("by_age", false, "age")))), MARIADB_10_3));
    m.put("rename-index-mysql84", new Scenario("RENAME INDEX: metadata only.",
        schema(indexed), schema(table("users", POPULATED, List.of(id(), notNull("email", "varchar(100)"), Column.of("age", "int")),
            List.of(Index.of("by_age", false, "age")))), MYSQL_8_4));
    Table noPk = new Table(n("events"), List.of(notNull("id", "bigint"), Column.of("at", "datetime")), List.of(), List.of(),
        List.of(), List.of(), null, null, false, false, null, List.of(new dev.slipway.model.mysql.MySqlTableOptions("InnoDB", null, null, null)), POPULATED);
    m.put("add-primary-key-mysql84", new Scenario("Adding a primary key rebuilds the clustered index in place.",
        schema(noPk), schema(noPk.withConstraints(List.of(PrimaryKey.of("PRIMARY", "id")))), MYSQL_8_4));
    Table pkId = noPk.withConstraints(List.of(PrimaryKey.of("PRIMARY", "id")));
    Table pkBoth = noPk.withColumns(List.of(notNull("id", "bigint"), notNull("at", "datetime")))
        .withConstraints(List.of(PrimaryKey.of("PRIMARY", "id", "at")));
    m.put("replace-primary-key-mariadb114", new Scenario("DROP PRIMARY KEY alone is a copy; with ADD PRIMARY KEY in the same "
        + "ALTER it is an in-place rebuild.", schema(pkId), schema(pkBoth), MARIADB_11_4));
    Table parent = table("accounts", POPULATED, List.of(id()), List.of());
    Table child = table("payments", POPULATED, List.of(id(), Column.of("account_id", "bigint unsigned")), List.of());
    ForeignKey fk = ForeignKey.of("payments_account_fk", List.of("account_id"), n("accounts"), List.of("id"));
    Table childFk = table("payments", POPULATED, List.of(id(), Column.of("account_id", "bigint unsigned")),
        List.of(Index.of("payments_account", false, "account_id")), fk);
    m.put("add-foreign-key-mysql84", new Scenario("The FK's index is built online first; the FK itself is added by COPY "
        + "(INPLACE only with foreign_key_checks=0, which would not check existing rows).",
        schema(parent, child), schema(parent, childFk), MYSQL_8_4));
    m.put("drop-foreign-key-and-its-index-mariadb114", new Scenario("The FK goes before the index it leans on, in one ALTER.",
        schema(parent, childFk), schema(parent, child), MARIADB_11_4));
    ForeignKey cascade = new ForeignKey("payments_account_fk", List.of("account_id"), n("accounts"), List.of("id"), null,
        ForeignKey.Action.CASCADE, null, null, true, null);
    Table cascading = table("payments", POPULATED, List.of(id(), Column.of("account_id", "bigint unsigned"), Column.of("memo", "varchar(10)")),
        List.of(Index.of("payments_account", false, "account_id")), cascade);
    m.put("index-on-table-with-cascading-fk-mysql84", new Scenario("LOCK=NONE is refused on a table with ON DELETE CASCADE: "
        + "LOCK=SHARED.", schema(parent, cascading), schema(parent, cascading.withIndexes(List.of(Index.of("payments_account", false,
        "account_id"), Index.of("payments_memo", false, "memo")))), MYSQL_8_4));
    m.put("add-check-mysql84", new Scenario("A CHECK is validated against every row: COPY.",
        schema(users(POPULATED)), schema(users(POPULATED).withConstraints(List.of(PrimaryKey.of("PRIMARY", "id"),
            dev.slipway.model.CheckConstraint.of("users_age_ck", "age >= 0")))), MYSQL_8_4));
  }
}
