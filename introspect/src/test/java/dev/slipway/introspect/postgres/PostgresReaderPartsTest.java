package dev.slipway.introspect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.ForeignKey;
import dev.slipway.model.IndexKey;
import org.junit.jupiter.api.Test;

class PostgresReaderPartsTest {
  @Test
  void everyQueryHasItsResource() {
    for (String name : PostgresCatalogReader.QUERIES) {
      assertThat(PostgresQueries.sql(name)).as(name).contains("SELECT").contains("-- read");
    }
  }

  @Test
  void splitsPartitionKeysAtTopLevelOnly() {
    assertThat(PostgresText.splitTopLevel("lower(a), b, (x || ','), \"we,ird\""))
        .containsExactly("lower(a)", "b", "(x || ',')", "\"we,ird\"");
    assertThat(PostgresText.splitTopLevel("f(a, 'it''s, ok')")).containsExactly("f(a, 'it''s, ok')");
  }

  @Test
  void nullsPlacementRelativeToTheOrdersDefault() {
    assertThat(PostgresIndexes.nulls(IndexKey.Order.ASC, false)).isEqualTo(IndexKey.Nulls.DEFAULT);
    assertThat(PostgresIndexes.nulls(IndexKey.Order.ASC, true)).isEqualTo(IndexKey.Nulls.FIRST);
    assertThat(PostgresIndexes.nulls(IndexKey.Order.DESC, true)).isEqualTo(IndexKey.Nulls.DEFAULT);
    assertThat(PostgresIndexes.nulls(IndexKey.Order.DESC, false)).isEqualTo(IndexKey.Nulls.LAST);
  }

  @Test
  void foreignKeyCodes() {
    assertThat(PostgresTables.action('a')).isEqualTo(ForeignKey.Action.NO_ACTION);
    assertThat(PostgresTables.action('r')).isEqualTo(ForeignKey.Action.RESTRICT);
    assertThat(PostgresTables.action('c')).isEqualTo(ForeignKey.Action.CASCADE);
    assertThat(PostgresTables.action('n')).isEqualTo(ForeignKey.Action.SET_NULL);
    assertThat(PostgresTables.action('d')).isEqualTo(ForeignKey.Action.SET_DEFAULT);
    assertThat(PostgresTables.match('f')).isEqualTo(ForeignKey.Match.FULL);
    assertThat(PostgresTables.match('s')).isEqualTo(ForeignKey.Match.SIMPLE);
  }
}
