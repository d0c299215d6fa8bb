package dev.slipway.planner.postgres;

import static dev.slipway.model.RichSchema.col;

import dev.slipway.model.*;
import dev.slipway.planner.postgres.GoldenPlanTest.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The schemas behind each golden file, built in Java so they type-check against the model. */
final class GoldenScenarios {
  private GoldenScenarios() {}

  static final QualifiedName USERS = QualifiedName.of("public", "users");
  static final QualifiedName ACCOUNTS = QualifiedName.of("public", "accounts");
  static final SizeEstimate BIG = new SizeEstimate(12_000_000, 3_300_000_000L);

  static Table users(SizeEstimate size) {
    return new Table(USERS, List.of(col("id", "bigint", false), col("email", "character varying(20)", true),
        col("account_id", "bigint", true), col("age", "integer", true)),
        List.of(PrimaryKey.of("users_pkey", "id")), List.of(), List.of(), List.of(), null, null, false, false, null,
        List.of(), size);
  }

  static Table accounts() {
    return new Table(ACCOUNTS, List.of(col("id", "bigint", false), col("owner_id", "bigint", true)),
        List.of(PrimaryKey.of("accounts_pkey", "id")), List.of(), List.of(), List.of(), null, null, false, false, null,
        List.of(), new SizeEstimate(5_000, 1_000_000));
  }

  static Schema schema(List<Table> tables) {
    return Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), tables);
  }

  static Schema withUsers(UnaryOperator<Table> edit) {
    return schema(List.of(edit.apply(users(BIG)), accounts()));
  }

  static Table column(Table t, String name, UnaryOperator<Column> edit) {
    List<Column> cols = new ArrayList<>();
    for (Column c : t.columns()) cols.add(c.name().equals(name) ? edit.apply(c) : c);
    return t.withColumns(cols);
  }

  static <T> List<T> plus(List<T> list, T item) {
    List<T> r = new ArrayList<>(list);
    r.add(item);
    return r;
  }

  static View view(String name, String definition, QualifiedName... deps) {
    return new View(QualifiedName.of("public", name), definition, false, List.of(), List.of(), List.of(deps), null,
        List.of());
  }

  static Map<String, Scenario> all() {
    Map<String, Scenario> m = new LinkedHashMap<>();
    Schema base = withUsers(t -> t);
    m.put("add-index-to-existing-table", new Scenario(
        "An index on a large existing table is built CONCURRENTLY, outside a transaction, without SHARE or ACCESS EXCLUSIVE.",
        base, withUsers(t -> t.withIndexes(List.of(Index.of("users_email_idx", false, "email")))), "16.4"));
    m.put("add-foreign-key-and-check", new Scenario(
        "A FOREIGN KEY and a CHECK on an existing table are added NOT VALID, then validated in their own transactions.",
        base, withUsers(t -> t.withConstraints(plus(plus(t.constraints(),
            ForeignKey.of("users_account_fk", List.of("account_id"), ACCOUNTS, List.of("id"))),
            CheckConstraint.of("users_age_check", "(age >= 0)")))), "16.4"));
    m.put("add-unique-constraint", new Scenario(
        "UNIQUE on an existing table: unique index built concurrently, then ADD CONSTRAINT … USING INDEX.",
        base, withUsers(t -> t.withConstraints(plus(t.constraints(), UniqueConstraint.of("users_email_key", "email")))),
        "16.4"));
    m.put("set-not-null-via-check", new Scenario(
        "SET NOT NULL on PostgreSQL 12+: CHECK NOT VALID, VALIDATE, SET NOT NULL (no scan), drop the helper check.",
        base, withUsers(t -> column(t, "email", c -> c.withNullable(false))), "16.4"));
    m.put("drop-column", new Scenario(
        "Dropping a column deletes data: a danger hazard that apply refuses unless allowed by name.",
        base, schema(List.of(users(BIG).withColumns(users(BIG).columns().subList(0, 3)), accounts())), "16.4"));
    m.put("rename-column-hint", new Scenario(
        "A rename hint turns what would be drop + add into RENAME COLUMN, keeping the data.",
        base, withUsers(t -> Renamer.column(t, "email", "email_address"))
            .withRenameHints(List.of(new RenameHint(USERS, "email_address", "email", "schema.sql:3:3"))), "16.4"));
    m.put("rename-table-hint", new Scenario(
        "A table rename hint renames the table; the index added in the same plan still builds concurrently.",
        base, schema(List.of(users(BIG).withName(QualifiedName.of("public", "members"))
            .withIndexes(List.of(Index.of("members_email_idx", false, "email"))), accounts()))
            .withRenameHints(List.of(new RenameHint(QualifiedName.of("public", "members"), null, "users",
                "schema.sql:1:1"))), "16.4"));
    m.put("widen-and-rewrite-types", new Scenario(
        "varchar(20)→varchar(50) is binary-coercible (no rewrite); integer→bigint rewrites the large table.",
        base, withUsers(t -> column(column(t, "email", c -> c.withType(SqlType.of("character varying(50)"))),
            "age", c -> c.withType(SqlType.of("bigint")))), "16.4"));
    m.put("lossy-type-change", new Scenario(
        "text→integer needs USING and can fail; numeric scale down loses data.",
        schema(List.of(new Table(QualifiedName.of("public", "prices"), List.of(col("code", "text", true),
            col("price", "numeric(12,4)", true)), List.of(), List.of(), List.of(), List.of(), null, null, false, false,
            null, List.of(), new SizeEstimate(500, 65536)))),
        schema(List.of(new Table(QualifiedName.of("public", "prices"), List.of(col("code", "integer", true),
            col("price", "numeric(12,2)", true)), List.of(), List.of(), List.of(), List.of(), null, null, false, false,
            null, List.of(), SizeEstimate.UNKNOWN))), "16.4"));
    m.put("volatile-default-rewrites", new Scenario(
        "ADD COLUMN with a volatile default (gen_random_uuid) rewrites the table; now() is stable and does not.",
        base, withUsers(t -> t.withColumns(plus(plus(t.columns(),
            col("token", "uuid", false).withDefault(Expr.of("gen_random_uuid()"))),
            col("seen_at", "timestamp with time zone", false).withDefault(Expr.of("now()"))))), "16.4"));
    m.put("replace-invalid-index", new Scenario(
        "An index left invalid by a failed concurrent build is rebuilt under a temporary name and swapped in.",
        withUsers(t -> t.withIndexes(List.of(Index.of("users_email_idx", false, "email").withValid(false)))),
        withUsers(t -> t.withIndexes(List.of(Index.of("users_email_idx", false, "email")))), "16.4"));
    m.put("ordering-view-over-view", new Scenario(
        "Dropping a table with a view over it and a view over that view: the views go first, outermost first.",
        schema(List.of(users(SizeEstimate.UNKNOWN))).withViews(List.of(
            view("v1", "SELECT id FROM users", USERS),
            view("v2", "SELECT id FROM v1", QualifiedName.of("public", "v1")))),
        schema(List.of()), "16.4"));
    m.put("ordering-view-around-type-change", new Scenario(
        "A column type change under a view: the view is dropped before and recreated after the ALTER.",
        schema(List.of(users(SizeEstimate.UNKNOWN))).withViews(List.of(view("adults", "SELECT id, age FROM users", USERS))),
        schema(List.of(column(users(SizeEstimate.UNKNOWN), "age", c -> c.withType(SqlType.of("bigint")))))
            .withViews(List.of(view("adults", "SELECT id, age FROM users", USERS))), "16.4"));
    m.put("ordering-functions-triggers-defaults", new Scenario(
        "Functions are created before the table default and trigger that use them; "
            + "on removal the trigger goes before its function.",
        Functions.current(), Functions.desired(), "16.4"));
    m.put("fk-cycle", new Scenario(
        "Two new tables that reference each other: both are created without the FKs, which are added afterwards.",
        schema(List.of()), schema(List.of(
            users(SizeEstimate.UNKNOWN).withConstraints(List.of(PrimaryKey.of("users_pkey", "id"),
                ForeignKey.of("users_account_fk", List.of("account_id"), ACCOUNTS, List.of("id")))),
            accounts().withConstraints(List.of(PrimaryKey.of("accounts_pkey", "id"),
                ForeignKey.of("accounts_owner_fk", List.of("owner_id"), USERS, List.of("id"))))
                .withSize(SizeEstimate.UNKNOWN))), "16.4"));
    m.put("hostile-identifiers", new Scenario(
        "Names with quotes, spaces, capitals, keywords, semicolons and comment markers are quoted safely.",
        Schema.of(Dialect.POSTGRES, List.of(Namespace.of("app")), List.of()),
        Schema.of(Dialect.POSTGRES, List.of(Namespace.of("app")), List.of(RichSchema.hostile())), "16.4"));
    m.put("enum-add-value", new Scenario(
        "New enum labels are added in place, each at its position (BEFORE/AFTER).",
        enums(List.of("new", "shipped")), enums(List.of("draft", "new", "paid", "shipped", "returned")), "16.4"));
    m.put("enum-add-value-pg11-style", new Scenario(
        "Before PostgreSQL 12 ADD VALUE cannot run inside a transaction.",
        enums(List.of("new", "shipped")), enums(List.of("new", "paid", "shipped")), "11.22"));
    m.put("create-everything", new Scenario(
        "From an empty database to a schema with every kind of object (also what `inspect --format sql` prints).",
        Schema.empty(Dialect.POSTGRES), RichSchema.schema(), "16.4"));
    m.put("drop-everything", new Scenario(
        "From every kind of object to nothing: dependents are dropped before what they depend on.",
        RichSchema.schema(), Schema.empty(Dialect.POSTGRES), "16.4"));
    m.put("add-primary-key", new Scenario(
        "A primary key on an existing table: unique index built concurrently, then ADD CONSTRAINT … PRIMARY KEY USING INDEX.",
        withUsers(t -> t.withConstraints(List.of())), base, "16.4"));
    m.put("drop-not-null", new Scenario(
        "DROP NOT NULL is a catalog change but a contract change for readers: BREAKS_CLIENTS.",
        withUsers(t -> column(t, "email", c -> c.withNullable(false))), base, "16.4"));
    m.put("change-index-definition", new Scenario(
        "A changed index is built under a temporary name, the old one dropped concurrently, the new one renamed.",
        withUsers(t -> t.withIndexes(List.of(Index.of("users_email_idx", false, "email")))),
        withUsers(t -> t.withIndexes(List.of(Index.of("users_email_idx", true, "email", "account_id")))), "16.4"));
    m.put("partitioned-table-index-and-fk", new Scenario(
        "Partitioned parents cannot build indexes CONCURRENTLY nor take NOT VALID foreign keys: plain forms, flagged.",
        schema(List.of(accounts(), Partitioned.events(List.of(), List.of()))),
        schema(List.of(accounts(), Partitioned.events(List.of(Index.of("events_account_idx", false, "account_id")),
            List.of(ForeignKey.of("events_account_fk", List.of("account_id"), ACCOUNTS, List.of("id")))))), "16.4"));
    m.put("policies-before-rls", new Scenario(
        "Row-level security: the policy is created before RLS is enabled, so no window denies every row.",
        base, withUsers(t -> t.withPolicies(List.of(new Policy("own", true, Policy.Command.ALL, List.of("app"),
            Expr.of("account_id = current_setting('app.account')::bigint"), null, null))).withRowSecurity(true, false)),
        "16.4"));
    m.put("enum-remove-value", new Scenario(
        "Removing an enum label has no ALTER form: the type is rebuilt and its columns converted, flagged DELETES_DATA.",
        Partitioned.withEnumColumn(List.of("new", "paid", "void")), Partitioned.withEnumColumn(List.of("new", "paid")),
        "16.4"));
    m.put("materialized-view-change", new Scenario(
        "A materialized view has no CREATE OR REPLACE: it is dropped and recreated with its indexes.",
        schema(List.of(users(SizeEstimate.UNKNOWN))).withViews(List.of(new View(QualifiedName.of("public", "mv"),
            "SELECT id FROM users", true, List.of(), List.of(Index.of("mv_id", true, "id")), List.of(USERS), null,
            List.of()))),
        schema(List.of(users(SizeEstimate.UNKNOWN))).withViews(List.of(new View(QualifiedName.of("public", "mv"),
            "SELECT id, age FROM users", true, List.of(), List.of(Index.of("mv_id", true, "id")), List.of(USERS),
            null, List.of()))), "16.4"));
    RebuildScenarios.add(m);
    return m;
  }

  /** Partitioned tables and enum columns for the scenarios above. */
  static final class Partitioned {
    static final QualifiedName EVENTS = QualifiedName.of("public", "events");

    static Table events(List<Index> indexes, List<Constraint> fks) {
      List<Constraint> cons = new ArrayList<>(List.of(PrimaryKey.of("events_pkey", "id", "at")));
      cons.addAll(fks);
      return new Table(EVENTS, List.of(col("id", "bigint", false), col("at", "timestamp with time zone", false),
          col("account_id", "bigint", true)), cons, indexes, List.of(), List.of(),
          new Partitioning(Partitioning.Strategy.RANGE, List.of("at")), null, false, false, null, List.of(), BIG);
    }

    static Schema withEnumColumn(List<String> labels) {
      QualifiedName t = QualifiedName.of("public", "invoices");
      Table invoices = new Table(t, List.of(col("id", "bigint", false), col("state", "public.state", true)),
          List.of(), List.of(), List.of(), List.of(), null, null, false, false, null, List.of(),
          new SizeEstimate(40_000, 8_000_000));
      return new Schema(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(),
          List.of(new EnumType(QualifiedName.of("public", "state"), labels, null)), List.of(), List.of(invoices),
          List.of(), List.of(), List.of());
    }
  }

  static Schema enums(List<String> labels) {
    return new Schema(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(),
        List.of(new EnumType(QualifiedName.of("public", "state"), labels, null)), List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

  /** Rename helpers for scenario building. */
  static final class Renamer {
    static Table column(Table t, String from, String to) {
      return GoldenScenarios.column(t, from, c -> c.withName(to));
    }
  }

  /** A table whose default and trigger call functions, in two versions. */
  static final class Functions {
    static final QualifiedName T = QualifiedName.of("public", "tickets");
    static final QualifiedName NEXT_NO = QualifiedName.of("public", "next_no");
    static final QualifiedName STAMP = QualifiedName.of("public", "stamp");

    static Routine fn(QualifiedName name, String returns, String language, String body) {
      return new Routine(name, Routine.Kind.FUNCTION, "", returns, language, "CREATE OR REPLACE FUNCTION "
          + name + "()\n RETURNS " + returns + "\n LANGUAGE " + language + "\nAS $function$" + body + "$function$\n",
          null);
    }

    static Schema current() {
      Table t = new Table(T, List.of(col("id", "bigint", false)), List.of(), List.of(),
          List.of(new Trigger("tickets_stamp", "CREATE TRIGGER tickets_stamp BEFORE INSERT ON public.tickets "
              + "FOR EACH ROW EXECUTE FUNCTION public.stamp()", STAMP, true, null)),
          List.of(), null, null, false, false, null, List.of(), SizeEstimate.UNKNOWN);
      return new Schema(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(), List.of(), List.of(),
          List.of(t), List.of(), List.of(fn(STAMP, "trigger", "plpgsql", " BEGIN RETURN NEW; END ")), List.of());
    }

    static Schema desired() {
      Table t = new Table(T, List.of(col("id", "bigint", false), col("no", "integer", false)
          .withDefault(Expr.of("public.next_no()"))), List.of(), List.of(), List.of(), List.of(), null, null, false,
          false, null, List.of(), SizeEstimate.UNKNOWN);
      return new Schema(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(), List.of(), List.of(),
          List.of(t), List.of(), List.of(fn(NEXT_NO, "integer", "sql", " SELECT 42 ")), List.of());
    }
  }
}
