package dev.slipway.introspect.yaml;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.CompositeType;
import dev.slipway.model.Constraint;
import dev.slipway.model.Deferrability;
import dev.slipway.model.Dialect;
import dev.slipway.model.DomainType;
import dev.slipway.model.EnumType;
import dev.slipway.model.ExclusionConstraint;
import dev.slipway.model.Expr;
import dev.slipway.model.Extension;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Generated;
import dev.slipway.model.Identity;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.Namespace;
import dev.slipway.model.PartitionOf;
import dev.slipway.model.Partitioning;
import dev.slipway.model.Policy;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.SizeEstimate;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.View;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.model.postgres.PostgresTableOptions;
import java.util.List;

/** Schemas built in Java that use every object kind and every optional part the model has. */
final class RichSchemas {
  private RichSchemas() {}

  static QualifiedName q(String schema, String name) {
    return QualifiedName.of(schema, name);
  }

  static Schema postgres() {
    QualifiedName users = q("app", "users");
    QualifiedName orders = q("app", "orders");
    QualifiedName events = q("app", "events");
    QualifiedName events2024 = q("app", "events_2024");
    QualifiedName odd = q("my.schema", "odd \"table\"");

    Column id = new Column("id", SqlType.of("bigint"), false, null,
        new Identity(Identity.Generation.ALWAYS, SequenceOptions.defaults("bigint")), null, null, null, List.of());
    Column email = new Column("email", SqlType.of("character varying(320)"), false, null, null, null,
        "C", "login: unique, case-insensitive", List.of());
    Column status = new Column("status", SqlType.of("app.status"), false, Expr.of("'active'::app.status"),
        null, null, null, null, List.of());
    Column bio = Column.of("bio", "text").withComment("Line one\nline two\n  indented: yes # not a comment\n");
    Column fullName = Column.of("full_name", "text")
        .withGenerated(new Generated(Expr.of("first || ' ' || last"), true));
    Column first = Column.of("first", "text");
    Column last = Column.of("last", "text").withDefault(Expr.of("''::text"));
    Column flag = Column.of("yes", "boolean").withDefault(Expr.of("true"));
    Table usersTable = new Table(users, List.of(id, email, status, bio, first, last, fullName, flag),
        List.<Constraint>of(PrimaryKey.of("users_pkey", "id"),
            UniqueConstraint.of("users_email_key", "email"),
            new UniqueConstraint("users_first_last_uq", List.of("first", "last"), List.of("email"), true,
                Deferrability.INITIALLY_DEFERRED, "names"),
            new CheckConstraint("email_has_at", Expr.of("(email)::text ~~ '%@%'::text"), false, true, "check: it"),
            new ExclusionConstraint("no_dupe_names", "EXCLUDE USING gist (first WITH =)",
                Deferrability.INITIALLY_IMMEDIATE, null)),
        List.of(
            new Index("users_lower_email_idx",
                List.of(new IndexKey(null, Expr.of("lower((email)::text)"), "C", "text_pattern_ops",
                    IndexKey.Order.DESC, IndexKey.Nulls.FIRST, null)),
                "btree", true, true, List.of("id"), Expr.of("status <> 'gone'::app.status"),
                List.of("fillfactor=70", "deduplicate_items=off"), false, "lookups", List.of()),
            Index.of("users_first_idx", false, "first"),
            new Index("users_bio_gin", List.of(IndexKey.expression("to_tsvector('english'::regconfig, bio)")),
                "gin", false, false, List.of(), null, List.of("fastupdate=true", "gin_pending_list_limit=64"),
                true, null, List.of())),
        List.of(new Trigger("users_touch", "CREATE TRIGGER users_touch BEFORE UPDATE ON app.users FOR EACH ROW"
            + " EXECUTE FUNCTION app.touch()", q("app", "touch"), false, "keeps updated_at")),
        List.of(new Policy("own_rows", false, Policy.Command.SELECT, List.of("reader", "app_user"),
                Expr.of("(id = (current_setting('app.user'::text))::bigint)"), null, "row owner"),
            new Policy("all_rows", true, Policy.Command.ALL, List.of(), null, Expr.of("true"), null)),
        null, null, true, true, "People who log in.\n", List.of(new PostgresTableOptions(true,
            List.of("fillfactor=90", "autovacuum_enabled=false"), 'f')), new SizeEstimate(10, 8192));

    Table ordersTable = new Table(orders,
        List.of(new Column("id", SqlType.of("integer"), false, null,
                new Identity(Identity.Generation.BY_DEFAULT, new SequenceOptions("integer", 100, 5, 100, 1000000, 20, true)),
                null, null, null, List.of()),
            new Column("user_id", SqlType.of("bigint"), true, null, null, null, null, null, List.of()),
            Column.of("total", "numeric(12,2)").withNullable(false).withDefault(Expr.of("0")),
            Column.of("note", "text").withDefault(Expr.of("NULL::text"))),
        List.<Constraint>of(new PrimaryKey("orders_pk", List.of("id", "user_id"), List.of("total"), "pk comment"),
            new ForeignKey("orders_user_id_fkey", List.of("user_id"), users, List.of("id"),
                ForeignKey.Action.CASCADE, ForeignKey.Action.SET_NULL, ForeignKey.Match.FULL,
                Deferrability.INITIALLY_IMMEDIATE, false, "owner"),
            ForeignKey.of("custom_fk", List.of("user_id"), odd, List.of("x"))),
        List.of(), List.of(), List.of(), null, null, false, false, null,
        List.of(PostgresTableOptions.DEFAULT), null);

    Table eventsTable = Table.of(events, List.of(Column.of("at", "timestamp with time zone").withNullable(false),
            Column.of("payload", "jsonb")))
        .withPartitioning(new Partitioning(Partitioning.Strategy.RANGE, List.of("at", "(payload->>'k')")), null);
    Table events2024Table = Table.of(events2024, List.of(Column.of("at", "timestamp with time zone")
            .withNullable(false), Column.of("payload", "jsonb")))
        .withPartitioning(null, new PartitionOf(events, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
    Table oddTable = Table.of(odd, List.of(Column.of("x", "integer").withNullable(false),
        Column.of("weird: name", "text").withComment("")))
        .withConstraints(List.of(PrimaryKey.of("odd_pk", "x")));

    return new Schema(Dialect.POSTGRES,
        List.of(new Namespace("app", "the application", List.of()), Namespace.of("my.schema"), Namespace.of("public")),
        List.of(new Extension("pgcrypto", null, null), new Extension("postgis", "gis", "3.4.2")),
        List.of(new EnumType(q("app", "status"), List.of("active", "gone", "on", "null", "it's"), "states"),
            new EnumType(q("app", "empty_enum"), List.of(), null),
            new DomainType(q("app", "email"), SqlType.of("text"), true, Expr.of("''::text"), "C",
                List.of(CheckConstraint.of("email_check", "VALUE ~~ '%@%'::text")), "an address"),
            new DomainType(q("app", "plain"), SqlType.of("integer"), false, null, null, List.of(), null),
            new CompositeType(q("app", "money_pair"), List.of(new CompositeType.Attribute("amount",
                SqlType.of("numeric"), null), new CompositeType.Attribute("currency", SqlType.of("text"), "C")), "pair")),
        List.of(new Sequence(q("app", "plain_seq"), SequenceOptions.defaults("bigint"), null, null, null),
            new Sequence(q("app", "down_seq"), new SequenceOptions("integer", -1, -1, Integer.MIN_VALUE, -1, 1, false),
                null, null, "counts down"),
            new Sequence(q("app", "owned_seq"), new SequenceOptions("smallint", 7, 2, 3, 999, 10, true), orders,
                "total", null)),
        List.of(usersTable, ordersTable, eventsTable, events2024Table, oddTable),
        List.of(new View(q("app", "active_users"), " SELECT users.id,\n    users.email\n   FROM app.users\n"
                + "  WHERE (users.status = 'active'::app.status);", false,
                List.of("security_barrier=true", "check_option=local"), List.of(), List.of(users), "active only", List.of()),
            new View(q("app", "order_totals"), "SELECT user_id, sum(total) AS total FROM app.orders GROUP BY user_id",
                true, List.of(), List.of(Index.of("order_totals_user_id_idx", true, "user_id")),
                List.of(orders, users), null, List.of())),
        List.of(new Routine(q("app", "touch"), Routine.Kind.FUNCTION, "", "trigger", "plpgsql",
                "CREATE OR REPLACE FUNCTION app.touch()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$\n"
                    + "BEGIN\n\tNEW.updated_at := now();\n\tRETURN NEW;\nEND\n$function$\n", "touches"),
            new Routine(q("app", "add"), Routine.Kind.FUNCTION, "integer, integer", "integer", "sql",
                "CREATE FUNCTION app.add(integer, integer) RETURNS integer LANGUAGE sql AS 'select $1 + $2'", null),
            new Routine(q("app", "add"), Routine.Kind.FUNCTION, "bigint, bigint", "bigint", "sql",
                "CREATE FUNCTION app.add(bigint, bigint) RETURNS bigint LANGUAGE sql AS 'select $1 + $2'", null),
            new Routine(q("app", "cleanup"), Routine.Kind.PROCEDURE, null, null, "sql",
                "CREATE PROCEDURE app.cleanup() LANGUAGE sql AS $$ DELETE FROM app.orders $$", null)),
        List.of());
  }

  static Schema postgresWithHints() {
    Schema s = postgres();
    return s.withRenameHints(List.of(new RenameHint(q("app", "users"), null, "people", "x.yaml:3"),
        new RenameHint(q("app", "users"), "email", "mail", "x.yaml:9")));
  }

  static Schema mysql() {
    QualifiedName customers = q("shop", "customers");
    QualifiedName orders = q("shop", "orders");
    Column id = new Column("id", SqlType.of("bigint unsigned"), false, null, null, null, null, null,
        List.of(new MySqlColumnOptions(true, null, null)));
    Column name = new Column("name", SqlType.of("varchar(100)"), false, null, null, null, "utf8mb4_bin", "shown",
        List.of(new MySqlColumnOptions(false, null, "utf8mb4")));
    Column updated = new Column("updated_at", SqlType.of("timestamp"), false, Expr.of("CURRENT_TIMESTAMP"), null,
        null, null, null, List.of(new MySqlColumnOptions(false, Expr.of("CURRENT_TIMESTAMP"), null)));
    Column virt = Column.of("name_len", "int").withGenerated(new Generated(Expr.of("char_length(`name`)"), false));
    Column stored = Column.of("name_up", "varchar(100)").withGenerated(new Generated(Expr.of("upper(`name`)"), true));
    Column empty = Column.of("misc", "json").withAttrs(List.of(new MySqlColumnOptions(false, null, null)));
    Table customersTable = new Table(customers, List.of(id, name, updated, virt, stored, empty),
        List.<Constraint>of(PrimaryKey.of("PRIMARY", "id"), UniqueConstraint.of("name", "name"),
            CheckConstraint.of("customers_chk_1", "(char_length(`name`) > 0)")),
        List.of(new Index("name_prefix", List.of(new IndexKey("name", null, null, null, IndexKey.Order.DESC,
                IndexKey.Nulls.DEFAULT, 10)), "BTREE", false, false, List.of(), null, List.of(), true, "prefix", List.of()),
            new Index("ft_name", List.of(IndexKey.column("name")), "FULLTEXT", false, false, List.of(), null,
                List.of(), true, null, List.of()),
            Index.of("updated_at", false, "updated_at").withName("updated_at")),
        List.of(), List.of(), null, null, false, false, "Customers",
        List.of(new MySqlTableOptions("InnoDB", "utf8mb4", "utf8mb4_0900_ai_ci", "DYNAMIC")), null);
    Table ordersTable = new Table(orders, List.of(Column.of("id", "int").withNullable(false),
            Column.of("customer_id", "bigint unsigned"), Column.of("made", "date").withNullable(false)),
        List.<Constraint>of(PrimaryKey.of("PRIMARY", "id", "made"),
            ForeignKey.of("orders_ibfk_1", List.of("customer_id"), customers, List.of("id")),
            new ForeignKey("zz_fk", List.of("customer_id"), customers, List.of("id"), ForeignKey.Action.RESTRICT,
                ForeignKey.Action.CASCADE, ForeignKey.Match.SIMPLE, Deferrability.NOT_DEFERRABLE, true, null)),
        List.of(), List.of(new Trigger("orders_bi", "CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW"
            + " SET NEW.made = COALESCE(NEW.made, CURDATE())", null, true, null)), List.of(),
        new Partitioning(Partitioning.Strategy.KEY, List.of("id")), null, false, false, null,
        List.of(new MySqlTableOptions(null, null, null, null)), null);
    return new Schema(Dialect.MYSQL, List.of(Namespace.of("shop")), List.of(), List.of(), List.of(),
        List.of(customersTable, ordersTable),
        List.of(new View(q("shop", "big_customers"), "select `c`.`id` AS `id` from `shop`.`customers` `c`", false,
            List.of(), List.of(), List.of(), null, List.of())),
        List.of(new Routine(q("shop", "hello"), Routine.Kind.FUNCTION, "", "varchar(20)", "SQL",
            "CREATE FUNCTION `hello`() RETURNS varchar(20) DETERMINISTIC RETURN 'hi'", "greets")),
        List.of());
  }
}
