package dev.slipway.planner.postgres;

import static dev.slipway.model.RichSchema.col;
import static dev.slipway.planner.postgres.GoldenScenarios.ACCOUNTS;
import static dev.slipway.planner.postgres.GoldenScenarios.BIG;
import static dev.slipway.planner.postgres.GoldenScenarios.USERS;
import static dev.slipway.planner.postgres.GoldenScenarios.accounts;
import static dev.slipway.planner.postgres.GoldenScenarios.column;
import static dev.slipway.planner.postgres.GoldenScenarios.schema;
import static dev.slipway.planner.postgres.GoldenScenarios.users;
import static dev.slipway.planner.postgres.GoldenScenarios.view;

import dev.slipway.model.*;
import dev.slipway.planner.postgres.GoldenPlanTest.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Golden scenarios from the PostgreSQL 18 conformance and scenario runs: views rebuilt rather than replaced,
 * type dependencies, enum-to-enum casts, renames, identity bounds, deferrability, drop hazards.
 */
final class RebuildScenarios {
  private RebuildScenarios() {}

  static final QualifiedName V = QualifiedName.of("public", "v");
  static final QualifiedName ITEMS = QualifiedName.of("public", "items");

  static Schema full(List<TypeDef> types, List<Sequence> sequences, List<Table> tables, List<View> views,
      List<Routine> routines) {
    return new Schema(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(), types, sequences, tables, views,
        routines, List.of());
  }

  static EnumType enumType(String name, String... labels) {
    return new EnumType(QualifiedName.of("public", name), List.of(labels), null);
  }

  static Table items(String statusType) {
    return Table.of(ITEMS, List.of(col("id", "bigint", false), col("status", statusType, false)))
        .withSize(new SizeEstimate(1_000, 100_000));
  }

  static Table identity(SequenceOptions o) {
    Column volt = new Column("volt", SqlType.of("integer"), false, null,
        new Identity(Identity.Generation.BY_DEFAULT, o), null, null, null, List.of());
    return Table.of(QualifiedName.of("public", "voltages"), List.of(volt)).withSize(new SizeEstimate(10, 8192));
  }

  static Routine isEmail() {
    return new Routine(QualifiedName.of("public", "is_email"), Routine.Kind.FUNCTION, "s text", "boolean", "sql",
        "CREATE OR REPLACE FUNCTION public.is_email(s text) RETURNS boolean LANGUAGE sql IMMUTABLE "
            + "AS $$ SELECT s LIKE '%@%' $$", null);
  }

  static List<TypeDef> domains() {
    return List.of(enumType("color", "red", "green"),
        new DomainType(QualifiedName.of("public", "primary_color"), SqlType.of("public.color"), false, null, null,
            List.of(), null),
        new DomainType(QualifiedName.of("public", "base_text"), SqlType.of("text"), false, null, null, List.of(), null),
        new DomainType(QualifiedName.of("public", "derived_text"), SqlType.of("base_text"), false, null, null,
            List.of(), null),
        new DomainType(QualifiedName.of("public", "email"), SqlType.of("text"), false, null, null,
            List.of(CheckConstraint.of("email_check", "is_email(VALUE)")), null));
  }

  static void add(Map<String, Scenario> m) {
    Schema base = schema(List.of(users(BIG), accounts()));
    View wide = view("v", "SELECT id, email FROM public.users", USERS);
    View outer = view("w", "SELECT id FROM public.v", V);
    m.put("replace-view-drops-column", new Scenario(
        "A view losing an output column cannot be CREATE OR REPLACEd: it is dropped and created again, with the view "
            + "reading it dropped before and recreated after; nothing breaks clients (same transaction).",
        base.withViews(List.of(wide, outer)),
        base.withViews(List.of(view("v", "SELECT id FROM public.users", USERS), outer)), "18.1"));
    View mv = new View(QualifiedName.of("public", "mv"), "SELECT id FROM public.v", true, List.of(),
        List.of(Index.of("mv_id", true, "id")), List.of(V), "totals", List.of());
    View mv2 = new View(mv.name(), mv.definition(), true, List.of(), List.of(Index.of("mv_id", true, "id"),
        Index.of("mv_id_desc", false, "id")), List.of(V), "totals", List.of());
    m.put("replace-view-under-materialized-view", new Scenario(
        "A materialized view over a changed view is dropped and recreated with its desired indexes and comment "
            + "(its own index change is part of the recreation, not a separate build).",
        base.withViews(List.of(wide, mv)),
        base.withViews(List.of(view("v", "SELECT id, email, age FROM public.users", USERS), mv2)), "18.1"));
    View adults = view("adults", "SELECT id, age FROM public.users", USERS);
    m.put("view-rebuild-not-split-by-concurrent-index", new Scenario(
        "A view rebuilt around a type change stays inside one transaction: an unrelated CONCURRENTLY index build, "
            + "which must run outside it, waits until the view is back.",
        base.withViews(List.of(adults)),
        schema(List.of(column(users(BIG), "age", c -> c.withType(SqlType.of("bigint"))),
            accounts().withIndexes(List.of(Index.of("accounts_owner_idx", false, "owner_id")))))
            .withViews(List.of(adults)), "18.1"));
    m.put("types-dependency-order", new Scenario(
        "Domains over a domain or an enum, and a domain whose CHECK calls a function, are created after what they "
            + "use and dropped before it.",
        schema(List.of()), full(domains(), List.of(), List.of(), List.of(), List.of(isEmail())), "18.1"));
    m.put("types-dependency-order-drop", new Scenario(
        "The reverse: dependents are dropped first.",
        full(domains(), List.of(), List.of(), List.of(), List.of(isEmail())), schema(List.of()), "18.1"));
    m.put("enum-to-different-enum", new Scenario(
        "No cast exists between two enums: the column converts through text; the old enum is dropped after.",
        full(List.of(enumType("old_status", "a", "b")), List.of(), List.of(items("public.old_status")), List.of(),
            List.of()),
        full(List.of(enumType("new_status", "a", "b")), List.of(), List.of(items("public.new_status")), List.of(),
            List.of()), "18.1"));
    m.put("enum-column-to-text-before-drop-type", new Scenario(
        "A column leaving an enum is altered before the enum is dropped, even with several columns retyped.",
        full(List.of(enumType("item_status", "a", "b")), List.of(), List.of(Table.of(ITEMS, List.of(
            col("a", "public.item_status", false), col("b", "item_status", false), col("c", "item_status", false)))),
            List.of(), List.of()),
        full(List.of(), List.of(), List.of(Table.of(ITEMS, List.of(col("a", "text", false),
            col("b", "character varying(20)", false), col("c", "name", false)))), List.of(), List.of()), "18.1"));
    m.put("identity-bounds-restart", new Scenario(
        "New identity bounds that exclude the old start: an unused sequence's value is its start, so the ALTER also "
            + "restarts it at the new start (flagged: a used sequence may repeat values).",
        schema(List.of(identity(new SequenceOptions("integer", -200, 10, -200, 200, 1, false)))),
        schema(List.of(identity(new SequenceOptions("integer", -100, 5, -100, 100, 1, false)))), "18.1"));
    m.put("identity-bounds-no-restart", new Scenario(
        "New identity bounds that still include the old start: the current value is left alone.",
        schema(List.of(identity(new SequenceOptions("integer", 1, 1, 1, 2147483647, 1, false)))),
        schema(List.of(identity(new SequenceOptions("integer", 1, 5, 1, 1000000, 1, false)))), "18.1"));
    Table renamedFrom = Table.of(QualifiedName.of("public", "old_accounts"), List.of(col("id", "bigint", false),
        col("user_name", "character varying(50)", true), col("old_field", "text", true))).withSize(BIG);
    Table renamedTo = Table.of(ACCOUNTS, List.of(col("id", "bigint", false),
        col("username", "character varying(100)", true))).withSize(BIG);
    m.put("rename-table-then-change-it", new Scenario(
        "Every change on a renamed table (and column) runs after the rename, by the new name.",
        schema(List.of(renamedFrom)), schema(List.of(renamedTo)).withRenameHints(List.of(
            new RenameHint(ACCOUNTS, null, "old_accounts", "schema.sql:1:1"),
            new RenameHint(ACCOUNTS, "username", "user_name", "schema.sql:3:3"))), "18.1"));
    ForeignKey fk = ForeignKey.of("users_account_fk", List.of("account_id"), ACCOUNTS, List.of("id"));
    ForeignKey deferred = new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
        fk.onUpdate(), fk.onDelete(), fk.match(), Deferrability.INITIALLY_DEFERRED, true, null);
    m.put("foreign-key-becomes-deferrable", new Scenario(
        "A foreign key whose deferrability alone changes is altered in place: no drop, no re-validation.",
        schema(List.of(users(BIG).withConstraints(plus(users(BIG).constraints(), fk)), accounts())),
        schema(List.of(users(BIG).withConstraints(plus(users(BIG).constraints(), deferred)), accounts())), "18.1"));
    Table words = Table.of(QualifiedName.of("public", "words"), List.of(col("id", "bigint", false),
        col("word", "text", true), col("tag", "text", true))).withSize(BIG)
        .withIndexes(List.of(Index.of("words_tag_idx", false, "tag")));
    m.put("collation-change-indexed-or-not", new Scenario(
        "A collation change is catalog-only on a column no index uses; the indexed column's indexes are rebuilt "
            + "under ACCESS EXCLUSIVE.",
        schema(List.of(words)), schema(List.of(column(column(words, "word", c -> collate(c)), "tag",
            c -> collate(c)))), "18.1"));
    Sequence seq = new Sequence(QualifiedName.of("public", "legacy_seq"), SequenceOptions.defaults("bigint"), null,
        null, null);
    m.put("drop-sequence-and-function", new Scenario(
        "Dropping a sequence or a function breaks code that still calls nextval or the function.",
        full(List.of(), List.of(seq), List.of(), List.of(), List.of(isEmail())), schema(List.of()), "18.1"));
  }

  private static Column collate(Column c) {
    return new Column(c.name(), c.type(), c.nullable(), c.defaultValue(), c.identity(), c.generated(), "C",
        c.comment(), c.attrs());
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> r = new ArrayList<>(list);
    r.add(item);
    return r;
  }
}
