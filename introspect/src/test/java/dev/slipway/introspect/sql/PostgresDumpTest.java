package dev.slipway.introspect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A real {@code pg_dump --schema-only} file (15.18, with its \restrict meta-commands) reads completely. */
class PostgresDumpTest {
  @Test
  void pgDumpOfTheEcommerceScenario() throws Exception {
    String dump = Files.readString(Path.of("src/test/resources/scenarios/postgres-dumps/43-ecommerce.sql"));
    assertThat(dump).contains("\\restrict ").contains("\\unrestrict ").contains("OWNED BY");
    Schema s = Sql.read(dump);
    Table customers = Sql.table(s, "customers");
    assertThat(customers.requireColumn("id").defaultValue()).isEqualTo(Expr.of("nextval('public.customers_id_seq'::regclass)"));
    assertThat(customers.requireColumn("id").nullable()).isFalse();
    assertThat(s.findSequence(QualifiedName.of("public", "customers_id_seq"))).contains(new Sequence(
        QualifiedName.of("public", "customers_id_seq"), SequenceOptions.defaults("bigint"),
        QualifiedName.of("public", "customers"), "id", null));
    assertThat(customers.findIndex("customers_email_lower_idx").orElseThrow().keys().get(0).expression())
        .isEqualTo(Expr.of("lower(email)"));
    Table lines = Sql.table(s, "order_lines");
    assertThat(lines.requireColumn("line_cents").generated().expression()).isEqualTo(Expr.of("(quantity * unit_cents)"));
    assertThat(lines.findConstraint("order_lines_order_id_fkey").orElseThrow())
        .extracting(c -> ((ForeignKey) c).onDelete()).isEqualTo(ForeignKey.Action.CASCADE);
    assertThat(Sql.table(s, "products").requireColumn("id").identity()).isNotNull();
    assertThat(Sql.table(s, "orders").comment()).isEqualTo("One row per checkout");
    assertThat(s.extensions()).extracting(e -> e.name()).containsExactly("pgcrypto");
  }

  @Test
  void handWrittenDumpStyleFileWithQualifiedNextval() throws Exception {
    Schema s = Sql.read(Files.readString(Path.of("src/test/resources/scenarios/postgres/46-pg-dump-style.sql")));
    Table items = Sql.table(s, "shop.items");
    assertThat(items.requireColumn("id").defaultValue()).isEqualTo(Expr.of("nextval('shop.items_id_seq'::regclass)"));
    assertThat(items.constraints()).extracting(c -> c.name())
        .containsExactly("items_name_key", "items_pkey", "items_price_check");
    assertThat(s.findSequence(QualifiedName.of("shop", "items_id_seq")).orElseThrow().ownedByColumn()).isEqualTo("id");
  }
}
