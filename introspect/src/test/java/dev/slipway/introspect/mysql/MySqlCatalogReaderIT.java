package dev.slipway.introspect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.introspect.ReadOptions;
import dev.slipway.introspect.SqlScript;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Dialect;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Generated;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.Namespace;
import dev.slipway.model.Partitioning;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.View;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.model.mysql.MySqlDatabaseOptions;
import dev.slipway.model.mysql.MySqlPartitions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reads a schema holding every MySQL object kind back from information_schema and checks the exact model
 * values. Runs on whichever flavour TestDatabases gives (MariaDB 11.4 by default, MariaDB 10.11 or MySQL
 * 8.0.15 on request) and expects each flavour's own spelling where they differ.
 */
class MySqlCatalogReaderIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysql();

  private static ServerVersion version;
  private static Schema schema;
  private static String otherDatabase;
  private static String[] databaseDefaults;

  static QualifiedName app(String name) {
    return QualifiedName.of("app", name);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = MySqlCatalogReaderIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Runs a script statement by statement, split as the mysql client would. */
  static void run(TestDatabase db, String database, String script) throws Exception {
    List<String> statements = SqlScript.split(script, Dialect.MYSQL).stream().map(SqlScript.Statement::sql).toList();
    db.executeIn(database, statements.toArray(String[]::new));
  }

  @BeforeAll
  static void createAndRead() throws Exception {
    otherDatabase = db.newDatabase("other");
    db.executeIn(otherDatabase, "CREATE TABLE accounts (id int NOT NULL PRIMARY KEY) ENGINE=InnoDB");
    run(db, db.name(), resource("rich-schema.sql"));
    db.execute("ALTER TABLE orders ADD COLUMN account_id int, ADD CONSTRAINT orders_account FOREIGN KEY (account_id) "
        + "REFERENCES " + otherDatabase + ".accounts (id) ON DELETE RESTRICT");
    try (Connection c = db.connect()) {
      version = MySqlCatalogReader.serverVersion(c);
      if (functionalIndexes()) db.execute("CREATE INDEX users_email_fn ON users ((lower(email)))");
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
              + "WHERE SCHEMA_NAME = DATABASE()")) {
        rs.next();
        databaseDefaults = new String[] {rs.getString(1), rs.getString(2)};
      }
      schema = new MySqlCatalogReader("app").read(c, ReadOptions.ALL);
    }
  }

  private static boolean functionalIndexes() {
    return !version.isMariaDb() && version.atLeast(8, 0, 13);
  }

  /** {@code int(11)}: MariaDB and MySQL before 8.0.19 print display widths. */
  private static String integer(String type, int width) {
    return version.isMariaDb() || !version.atLeast(8, 0, 19) ? type + "(" + width + ")" : type;
  }

  private static Table table(String name) {
    return schema.requireTable(app(name));
  }

  @Test
  void theDatabaseIsOneNamespaceUnderItsAliasWithItsDefaults() {
    assertThat(version.isMariaDb()).isEqualTo(db.engine() == ServerVersion.Engine.MARIADB || version.isMariaDb());
    assertThat(schema.dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(schema.namespaces()).containsExactly(new Namespace("app", null,
        List.of(new MySqlDatabaseOptions(databaseDefaults[0], databaseDefaults[1]))));
    assertThat(schema.tables()).extracting(t -> t.name().name())
        .containsExactly("buckets", "events", "orders", "users");
    assertThat(schema.views()).extracting(v -> v.name().name()).containsExactly("active_users", "order_totals");
  }

  @Test
  void columnsCarryServerTypesAndCanonicalDefaults() {
    Table users = table("users");
    String generatedLower = version.isMariaDb() ? "lcase(`email`)" : "lower(`email`)";
    assertThat(users.columns()).containsExactly(
        new Column("id", SqlType.of(integer("bigint", 20) + " unsigned"), false, null, null, null, null, null,
            List.of(new MySqlColumnOptions(true, null, null))),
        new Column("email", SqlType.of("varchar(255)"), false, null, null, null, null, null, List.of()),
        new Column("name", SqlType.of("varchar(100)"), true, null, null, null, "latin1_swedish_ci", "display name",
            List.of(new MySqlColumnOptions(false, null, "latin1"))),
        new Column("status", SqlType.of("enum('active','Disabled')"), false, Expr.of("'active'"), null, null, null,
            null, List.of()),
        new Column("flags", SqlType.of("set('a','b','c')"), true, Expr.of("'a,b'"), null, null, null, null, List.of()),
        new Column("score", SqlType.of("decimal(10,2)"), false, Expr.of("1.50"), null, null, null, null, List.of()),
        new Column("visits", SqlType.of(integer("int", 11)), false, Expr.of("0"), null, null, null, null, List.of()),
        new Column("tiny", SqlType.of("tinyint(1)"), false, Expr.of("1"), null, null, null, null, List.of()),
        new Column("bits", SqlType.of("bit(3)"), true, Expr.of("b'101'"), null, null, null, null, List.of()),
        new Column("motto", SqlType.of("varchar(40)"), true, Expr.of("'it''s \\\\ fine'"), null, null, null, null,
            List.of()),
        new Column("nulltext", SqlType.of("varchar(20)"), true, Expr.of("'NULL'"), null, null, null, null, List.of()),
        new Column("born", SqlType.of("date"), true, Expr.of("'2000-01-01'"), null, null, null, null, List.of()),
        new Column("doc", SqlType.of("json"), true, null, null, null, null, null, List.of()),
        new Column("bio", SqlType.of("text"), true, null, null, null, "utf8mb4_bin", null, List.of()),
        new Column("created_at", SqlType.of("timestamp"), false, Expr.of("current_timestamp()"), null, null, null,
            null, List.of()),
        new Column("updated_at", SqlType.of("datetime(6)"), true, Expr.of("current_timestamp(6)"), null, null, null,
            null, List.of(new MySqlColumnOptions(false, Expr.of("current_timestamp(6)"), null))),
        new Column("email_lower", SqlType.of("varchar(255)"), true, null, null,
            new Generated(Expr.of(generatedLower), false), null, null, List.of()),
        new Column("email_len", SqlType.of(integer("int", 11)), true, null, null,
            new Generated(Expr.of("char_length(`email`)"), true), null, null, List.of()),
        new Column("token", SqlType.of("char(36)"), true, Expr.of("(uuid())"), null, null, null, null, List.of()));
  }

  @Test
  void tableOptionsCommentAndSize() {
    Table users = table("users");
    assertThat(users.attrs()).containsExactly(
        new MySqlTableOptions("InnoDB", "utf8mb4", "utf8mb4_unicode_ci", "DYNAMIC"));
    assertThat(users.comment()).isEqualTo("people");
    assertThat(users.size().rows()).isGreaterThanOrEqualTo(0);
    assertThat(users.size().bytes()).isPositive();
    assertThat(table("orders").attrs()).containsExactly(
        new MySqlTableOptions("InnoDB", "utf8mb4", "utf8mb4_unicode_ci", null));
    assertThat(table("orders").comment()).isNull();
  }

  @Test
  void keysAreAPrimaryKeyAndIndexes() {
    Table users = table("users");
    assertThat(users.primaryKey()).contains(PrimaryKey.of("PRIMARY", "id"));
    IndexKey prefix = new IndexKey("name", null, null, null, IndexKey.Order.ASC, IndexKey.Nulls.DEFAULT, 10);
    List<Index> expected = new java.util.ArrayList<>(List.of(
        new Index("users_bio", List.of(IndexKey.column("bio")), "fulltext", false, false, List.of(), null,
            List.of(), true, null, List.of()),
        Index.of("users_email", true, "email"),
        new Index("users_name_created", List.of(prefix, IndexKey.column("created_at").desc()), "btree", false, false,
            List.of(), null, List.of(), true, null, List.of())));
    if (functionalIndexes()) {
      expected.add(new Index("users_email_fn", List.of(IndexKey.expression("lower(`email`)")), "btree", false,
          false, List.of(), null, List.of(), true, null, List.of()));
    }
    assertThat(users.indexes()).containsExactlyInAnyOrderElementsOf(expected);
    // InnoDB's index for the foreign key is an ordinary index; the comment is kept.
    assertThat(table("orders").indexes()).contains(
        new Index("orders_total", List.of(IndexKey.column("total")), "btree", false, false, List.of(), null,
            List.of(), true, "for reports", List.of()),
        Index.of("orders_user", false, "user_id"));
  }

  @Test
  void foreignKeysUseTheAliasExceptIntoOtherDatabases() {
    // An action left unsaid reads back as RESTRICT on MariaDB and NO ACTION on MySQL (the same to InnoDB).
    ForeignKey.Action unsaid = version.isMariaDb() ? ForeignKey.Action.RESTRICT : ForeignKey.Action.NO_ACTION;
    assertThat(table("orders").foreignKeys()).containsExactly(
        new ForeignKey("orders_account", List.of("account_id"), QualifiedName.of(otherDatabase, "accounts"),
            List.of("id"), unsaid, ForeignKey.Action.RESTRICT, ForeignKey.Match.SIMPLE, null, true,
            null),
        new ForeignKey("orders_user", List.of("user_id"), app("users"), List.of("id"), ForeignKey.Action.SET_NULL,
            ForeignKey.Action.CASCADE, ForeignKey.Match.SIMPLE, null, true, null));
  }

  @Test
  void checksWhereTheServerHasThemAndNoJsonCheckOnMariaDb() {
    List<CheckConstraint> users = table("users").constraints().stream()
        .filter(CheckConstraint.class::isInstance).map(CheckConstraint.class::cast).toList();
    List<CheckConstraint> orders = table("orders").constraints().stream()
        .filter(CheckConstraint.class::isInstance).map(CheckConstraint.class::cast).toList();
    if (!MySqlCatalogReader.hasCheckConstraints(version)) {
      assertThat(users).isEmpty();
      assertThat(orders).isEmpty();
    } else if (version.isMariaDb()) {
      assertThat(users).containsExactly(CheckConstraint.of("users_score_positive", "`score` >= 0"));
      assertThat(orders).containsExactly(CheckConstraint.of("total", "`total` > 0"));
    } else {
      assertThat(users).containsExactly(CheckConstraint.of("users_score_positive", "(`score` >= 0)"));
      assertThat(orders).containsExactly(CheckConstraint.of("orders_chk_1", "(`total` > 0)"));
    }
  }

  @Test
  void partitionsAsStrategyKeysAndCanonicalDefinitions() {
    Table events = table("events");
    assertThat(events.partitioning()).isEqualTo(new Partitioning(Partitioning.Strategy.RANGE, List.of("year(`created`)")));
    assertThat(events.findAttr(MySqlPartitions.class)).contains(new MySqlPartitions(List.of(
        "PARTITION p2020 VALUES LESS THAN (2021)", "PARTITION pmax VALUES LESS THAN MAXVALUE")));
    Table buckets = table("buckets");
    assertThat(buckets.partitioning()).isEqualTo(new Partitioning(Partitioning.Strategy.HASH, List.of("id")));
    assertThat(buckets.findAttr(MySqlPartitions.class)).contains(new MySqlPartitions(List.of("PARTITIONS 4")));
    assertThat(table("users").partitioning()).isNull();
  }

  @Test
  void viewsLoseTheDatabaseQualifierAndKeepNonDefaultOptions() {
    View active = schema.findView(app("active_users")).orElseThrow();
    String where = version.isMariaDb() ? "`users`.`status` = 'active'" : "(`users`.`status` = 'active')";
    assertThat(active.definition()).isEqualTo(
        "select `users`.`id` AS `id`,`users`.`email` AS `email` from `users` where " + where);
    assertThat(active.options()).containsExactlyElementsOf(version.isMariaDb()
        ? List.of("algorithm=merge", "sql_security=invoker", "check_option=cascaded")
        : List.of("sql_security=invoker", "check_option=cascaded"));
    View totals = schema.findView(app("order_totals")).orElseThrow();
    assertThat(totals.options()).isEmpty();
    assertThat(totals.definition()).doesNotContain(db.name()).contains("from (`users` `u` join `orders` `o`");
  }

  @Test
  void triggersAreFullCreateStatementsWithoutDefiner() {
    assertThat(table("users").triggers()).containsExactly(new Trigger("users_before_insert",
        "CREATE TRIGGER `users_before_insert` BEFORE INSERT ON `users` FOR EACH ROW BEGIN\n"
            + "  SET NEW.email = lower(NEW.email);\n  IF NEW.score < 0 THEN SET NEW.score = 0; END IF;\nEND",
        null, true, null));
    assertThat(table("orders").triggers()).containsExactly(new Trigger("orders_after_insert",
        "CREATE TRIGGER `orders_after_insert` AFTER INSERT ON `orders` FOR EACH ROW SET @last_order = NEW.id",
        null, true, null));
  }

  @Test
  void routinesAreRebuiltCreateStatements() {
    String intType = integer("int", 11);
    String bigint = integer("bigint", 20);
    assertThat(schema.routines()).containsExactly(
        new Routine(app("add_one"), Routine.Kind.FUNCTION, "`x` " + intType, intType, "SQL",
            "CREATE FUNCTION `add_one`(`x` " + intType + ") RETURNS " + intType
                + " DETERMINISTIC COMMENT 'adds one' RETURN x + 1", "adds one"),
        new Routine(app("touch_user"), Routine.Kind.PROCEDURE, "IN `p_id` " + bigint + ", OUT `p_count` " + intType,
            null, "SQL", "CREATE PROCEDURE `touch_user`(IN `p_id` " + bigint + ", OUT `p_count` " + intType
                + ") MODIFIES SQL DATA BEGIN\n  UPDATE users SET visits = visits + 1 WHERE id = p_id;\n"
                + "  SELECT count(*) INTO p_count FROM users;\nEND", null));
  }

  @Test
  void withoutAliasTheRealNameAndExcludeGlobsApply() throws Exception {
    try (Connection c = db.connect()) {
      Schema real = new MySqlCatalogReader(null).read(c, new ReadOptions(List.of(), List.of("*.ev*", "*.add_one")));
      assertThat(real.namespaces()).extracting(Namespace::name).containsExactly(db.name());
      assertThat(real.tables()).extracting(t -> t.name().name()).containsExactly("buckets", "orders", "users");
      assertThat(real.routines()).extracting(r -> r.name().name()).containsExactly("touch_user");
      assertThat(real.requireTable(QualifiedName.of(db.name(), "orders")).foreignKeys())
          .extracting(ForeignKey::referencedTable)
          .contains(QualifiedName.of(db.name(), "users"));
      Schema none = new MySqlCatalogReader("app").read(c, new ReadOptions(List.of("elsewhere"), List.of()));
      assertThat(none.tables()).isEmpty();
      assertThat(none.namespaces()).isEmpty();
    }
  }
}
