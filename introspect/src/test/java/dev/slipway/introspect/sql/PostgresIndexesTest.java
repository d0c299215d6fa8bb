package dev.slipway.introspect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.Expr;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresIndexesTest {
  private static final String TABLE = """
      CREATE TABLE users (id int, email text, name text, data jsonb, created_at timestamptz, total numeric, deleted_at timestamptz);
      """;

  @Test
  void plainAndUnnamedIndexes() {
    Table t = Sql.table(Sql.read(TABLE + """
        CREATE INDEX users_email_idx ON users (email);
        CREATE INDEX ON users (name, created_at);
        CREATE INDEX ON users (name, created_at);
        CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_lower_email ON public.users (lower(email));
        CREATE INDEX ON users ((lower(name)));
        CREATE INDEX ON users ((id + 1));
        """), "users");
    assertThat(t.indexes()).extracting(Index::name).containsExactly(
        "users_email_idx", "users_expr_idx", "users_lower_email", "users_lower_idx", "users_name_created_at_idx",
        "users_name_created_at_idx1");
    Index lower = t.findIndex("users_lower_email").orElseThrow();
    assertThat(lower.unique()).isTrue();
    assertThat(lower.keys()).containsExactly(IndexKey.expression("lower(email)"));
    assertThat(t.findIndex("users_lower_idx").orElseThrow().keys()).containsExactly(IndexKey.expression("lower(name)"));
  }

  @Test
  void methodOpclassCollationOrderNullsIncludeWhereAndStorage() {
    Table t = Sql.table(Sql.read(TABLE + """
        CREATE INDEX users_data_gin ON users USING gin (data jsonb_path_ops);
        CREATE INDEX users_recent ON users USING btree (created_at DESC NULLS LAST, id ASC NULLS LAST)
          INCLUDE (total) WITH (fillfactor = 70) WHERE deleted_at IS NULL;
        CREATE INDEX users_email_c ON users (email COLLATE "C" text_pattern_ops DESC);
        """), "users");
    assertThat(t.findIndex("users_data_gin").orElseThrow().method()).isEqualTo("gin");
    assertThat(t.findIndex("users_data_gin").orElseThrow().keys().get(0).opclass()).isEqualTo("jsonb_path_ops");
    Index recent = t.findIndex("users_recent").orElseThrow();
    assertThat(recent.keys()).containsExactly(
        new IndexKey("created_at", null, null, null, IndexKey.Order.DESC, IndexKey.Nulls.LAST, null),
        IndexKey.column("id"));
    assertThat(recent.include()).containsExactly("total");
    assertThat(recent.predicate()).isEqualTo(Expr.of("deleted_at IS NULL"));
    assertThat(recent.storageParameters()).containsExactly("fillfactor=70");
    assertThat(t.findIndex("users_email_c").orElseThrow().keys()).containsExactly(
        new IndexKey("email", null, "C", "text_pattern_ops", IndexKey.Order.DESC, IndexKey.Nulls.DEFAULT, null));
  }

  @Test
  void nullsNotDistinctAndMaterializedViewIndexes() {
    Schema s = Sql.read(TABLE + """
        CREATE UNIQUE INDEX users_email_key2 ON users (email) NULLS NOT DISTINCT;
        CREATE MATERIALIZED VIEW user_counts AS SELECT name, count(*) AS n FROM users GROUP BY name WITH NO DATA;
        CREATE UNIQUE INDEX ON user_counts (name);
        """);
    assertThat(Sql.table(s, "users").findIndex("users_email_key2").orElseThrow().nullsNotDistinct()).isTrue();
    assertThat(s.views().get(0).indexes()).extracting(Index::name).containsExactly("user_counts_name_idx");
    assertThat(s.views().get(0).definition()).isEqualTo("SELECT name, count(*) AS n FROM public.users GROUP BY name");
    assertThat(s.views().get(0).dependsOn()).extracting(Object::toString).isEqualTo(List.of("public.users"));
  }
}
