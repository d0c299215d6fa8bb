package dev.slipway.model;

import dev.slipway.model.postgres.PostgresTableOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema that uses every kind of object the model can hold, with hostile names. Test fixture shared by the
 * differ, planner and YAML writer tests through this module's test-jar.
 */
public final class RichSchema {
  private RichSchema() {}

  public static final QualifiedName CUSTOMERS = QualifiedName.of("public", "customers");
  public static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
  public static final QualifiedName HOSTILE = QualifiedName.of("app", "Mixed Case");
  public static final QualifiedName EVENTS = QualifiedName.of("public", "events");
  public static final QualifiedName EVENTS_2024 = QualifiedName.of("public", "events_2024");

  public static Column col(String name, String type, boolean nullable) {
    return Column.of(name, type).withNullable(nullable);
  }

  public static Table customers() {
    Column id = col("id", "bigint", false).withIdentity(new Identity(Identity.Generation.ALWAYS,
        new SequenceOptions("bigint", 1000, 1, 1, Long.MAX_VALUE, 1, false)));
    Column email = col("email", "public.email", false).withComment("login; unique");
    Column name = col("name", "text", true).withCollation("C");
    Column created = col("created_at", "timestamp with time zone", false).withDefault(Expr.of("now()"));
    Policy own = new Policy("own_rows", true, Policy.Command.SELECT, List.of("app_user"),
        Expr.of("(id = (current_setting('app.customer'::text))::bigint)"), null, "tenant isolation");
    Table t = new Table(CUSTOMERS, List.of(id, email, name, created),
        List.<Constraint>of(PrimaryKey.of("customers_pkey", "id"), UniqueConstraint.of("customers_email_key", "email"),
            new CheckConstraint("customers_name_check", Expr.of("(name <> ''::text)"), true, false, "no blanks")),
        List.of(Index.of("customers_name_idx", false, "name")), List.of(), List.of(own), null, null, true, false,
        "people who buy", List.of(new PostgresTableOptions(false, List.of("fillfactor=90"), 'd')),
        new SizeEstimate(2_000_000, 900_000_000L));
    return t;
  }

  public static Table orders() {
    Column id = col("id", "integer", false).withDefault(Expr.of("nextval('public.order_seq'::regclass)"));
    Column customer = col("customer_id", "bigint", false);
    Column status = col("status", "public.status", false).withDefault(Expr.of("'new'::public.status"));
    Column amount = col("amount", "numeric(12,2)", false);
    Column tax = col("tax", "numeric", true).withGenerated(new Generated(Expr.of("(amount * 0.2)"), true));
    Index pending = new Index("orders_pending_idx", List.of(IndexKey.column("customer_id"),
        IndexKey.expression("lower((status)::text)").desc()), "btree", false, false, List.of("amount"),
        Expr.of("(status = 'new'::public.status)"), List.of(), true, "hot path", List.of());
    Trigger audit = new Trigger("orders_audit", "CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE ON public.orders "
        + "FOR EACH ROW EXECUTE FUNCTION public.audit()", QualifiedName.of("public", "audit"), true, null);
    return new Table(ORDERS, List.of(id, customer, status, amount, tax),
        List.of(PrimaryKey.of("orders_pkey", "id"),
            new ForeignKey("orders_customer_fk", List.of("customer_id"), CUSTOMERS, List.of("id"),
                ForeignKey.Action.NO_ACTION, ForeignKey.Action.CASCADE, ForeignKey.Match.SIMPLE,
                Deferrability.NOT_DEFERRABLE, true, null),
            new CheckConstraint("orders_amount_check", Expr.of("(amount > (0)::numeric)"), true, false, null)),
        List.of(pending), List.of(audit), List.of(), null, null, false, false, null, List.of(),
        new SizeEstimate(12_000_000, 3_300_000_000L));
  }

  public static Table hostile() {
    Column quote = col("a\"b", "text", true);
    Column select = col("select", "integer", false);
    Column semi = col("x; DROP TABLE users; --", "text", true).withComment("it's hostile");
    return new Table(HOSTILE, List.of(quote, select, semi),
        List.of(new UniqueConstraint("u \"q\"", List.of("select"), List.of(), true, Deferrability.INITIALLY_DEFERRED,
            null)),
        List.of(Index.of("Idx-1", false, "a\"b")), List.of(), List.of(), null, null, false, false, "a 'quoted' comment",
        List.of(new PostgresTableOptions(true, List.of(), 'f')), SizeEstimate.UNKNOWN);
  }

  public static Table events() {
    return new Table(EVENTS, List.of(col("id", "bigint", false), col("at", "timestamp with time zone", false)),
        List.of(PrimaryKey.of("events_pkey", "id", "at")), List.of(), List.of(), List.of(),
        new Partitioning(Partitioning.Strategy.RANGE, List.of("at")), null, false, false, null, List.of(),
        SizeEstimate.UNKNOWN);
  }

  public static Table events2024() {
    return new Table(EVENTS_2024, List.of(col("id", "bigint", false), col("at", "timestamp with time zone", false)),
        List.of(), List.of(), List.of(), List.of(), null,
        new PartitionOf(EVENTS, "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')"),
        false, false, null, List.of(), SizeEstimate.UNKNOWN);
  }

  public static Schema schema() {
    List<TypeDef> types = List.of(
        new EnumType(QualifiedName.of("public", "status"), List.of("new", "paid", "shipped"), "order state"),
        new DomainType(QualifiedName.of("public", "email"), SqlType.of("text"), false, null, null,
            List.of(CheckConstraint.of("email_check", "(VALUE ~ '@'::text)")), null),
        new CompositeType(QualifiedName.of("app", "money_t"), List.of(
            new CompositeType.Attribute("amount", SqlType.of("numeric(12,2)"), null),
            new CompositeType.Attribute("currency", SqlType.of("character(3)"), null)), null));
    Sequence seq = new Sequence(QualifiedName.of("public", "order_seq"), SequenceOptions.defaults("integer"),
        ORDERS, "id", null);
    Routine audit = new Routine(QualifiedName.of("public", "audit"), Routine.Kind.FUNCTION, "", "trigger", "plpgsql",
        "CREATE OR REPLACE FUNCTION public.audit()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$\n"
            + "BEGIN RETURN NEW; END\n$function$\n", "audit hook");
    Routine total = new Routine(QualifiedName.of("public", "total"), Routine.Kind.FUNCTION, "bigint", "numeric", "sql",
        "CREATE OR REPLACE FUNCTION public.total(c bigint)\n RETURNS numeric\n LANGUAGE sql\n STABLE\n"
            + "AS $function$ SELECT sum(amount) FROM public.orders WHERE customer_id = c $function$", null);
    View big = new View(QualifiedName.of("public", "big_orders"), " SELECT id, amount\n   FROM orders\n  WHERE amount > 100::numeric;",
        false, List.of("security_barrier=true"), List.of(), List.of(ORDERS), "large ones", List.of());
    View totals = new View(QualifiedName.of("public", "customer_totals"),
        " SELECT customer_id, sum(amount) AS total\n   FROM big_orders\n  GROUP BY customer_id;", true, List.of(),
        List.of(Index.of("customer_totals_idx", true, "customer_id")), List.of(big.name()), null, List.of());
    List<Table> tables = new ArrayList<>(List.of(customers(), orders(), hostile(), events(), events2024()));
    return new Schema(Dialect.POSTGRES, List.of(new Namespace("app", "application", List.of()), Namespace.of("public")),
        List.of(new Extension("pgcrypto", "public", null)), types, List.of(seq), tables, List.of(big, totals),
        List.of(audit, total), List.of());
  }
}
