package dev.slipway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

  @Test
  void equalSchemasBuiltSeparatelyAreEqualAndShareAFingerprint() {
    Schema a = ModelFixtures.schema();
    Schema b = ModelFixtures.schema();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).startsWith("sha256:").hasSize(7 + 64);
  }

  @Test
  void listsAreSortedByNameWhateverTheInputOrder() {
    Schema s = ModelFixtures.schema();
    assertThat(s.tables()).extracting(t -> t.name().name()).containsExactly("orgs", "users");
    Table users = s.requireTable(ModelFixtures.users());
    assertThat(users.constraints()).extracting(Constraint::name)
        .containsExactly("users_email_key", "users_org_fkey", "users_pkey");
    assertThat(users.indexes()).extracting(Index::name).containsExactly("users_lower_email_idx", "users_org_idx");
    assertThat(users.columns()).extracting(Column::name).containsExactly("id", "email", "status", "org_id");
  }

  @Test
  void tableOrderInTheInputDoesNotChangeTheFingerprint() {
    Schema s = ModelFixtures.schema();
    Schema reversed = s.withTables(List.of(s.tables().get(1), s.tables().get(0)));
    assertThat(reversed).isEqualTo(s);
    assertThat(reversed.fingerprint()).isEqualTo(s.fingerprint());
  }

  @Test
  void fingerprintIgnoresSizeEstimatesAndRenameHints() {
    Schema s = ModelFixtures.schema();
    Table grown = s.requireTable(ModelFixtures.users()).withSize(new SizeEstimate(9_000_000, 3L << 30));
    Schema t = s.withTables(List.of(grown, s.tables().get(0)))
        .withRenameHints(List.of(new RenameHint(ModelFixtures.users(), "email", "mail", "schema.sql:3")));
    assertThat(t).isNotEqualTo(s);
    assertThat(t.fingerprint()).isEqualTo(s.fingerprint());
  }

  @Test
  void fingerprintSeesEveryRealDifference() {
    Schema s = ModelFixtures.schema();
    Table users = s.requireTable(ModelFixtures.users());
    List<Table> variants = List.of(
        users.withComment("persons"),
        users.withColumns(List.of(users.columns().get(1), users.columns().get(0), users.columns().get(2),
            users.columns().get(3))),
        users.withIndexes(List.of(users.indexes().get(0).withValid(false), users.indexes().get(1))),
        users.withRowSecurity(true, false),
        users.withColumns(List.of(users.columns().get(0), users.columns().get(1).withCollation(null),
            users.columns().get(2), users.columns().get(3))));
    for (Table v : variants) {
      Schema changed = s.withTables(List.of(v, s.tables().get(0)));
      assertThat(changed.fingerprint()).as("variant %s", v).isNotEqualTo(s.fingerprint());
    }
  }

  @Test
  void fingerprintIsStableAcrossRunsAndJvms() {
    // The canonical text is defined by record names and components only: a known value pins it.
    Schema s = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")),
        List.of(Table.of(QualifiedName.of("public", "t"), List.of(Column.of("a", "integer")))));
    assertThat(s.canonicalText()).contains("Table(name=QualifiedName(schema=\"public\",name=\"t\")")
        .doesNotContain("size=");
    assertThat(s.fingerprint()).isEqualTo("sha256:" + sha256Hex(s.canonicalText()));
    // Pinned: a saved plan carries this value, so changing the canonical form breaks every saved plan.
    // If this fails, the model's shape changed: bump the plan format_version, then update the value.
    assertThat(s.fingerprint())
        .isEqualTo("sha256:8590cb68e5d52acdb32c9e11d45c1600da59e58625dbfeec414eca4a086bf612");
  }

  @Test
  void streamedFingerprintHashesExactlyTheUtf8OfTheCanonicalText() {
    // The fingerprint is hashed as the text is written, in pieces through a 64 KiB buffer: non-ASCII text,
    // a surrogate pair, a lone surrogate, escapes and a piece larger than the buffer must give the bytes
    // getBytes(UTF_8) gives for the whole text.
    String big = "x".repeat(70_000) + "é";
    Schema s = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(
        Table.of(QualifiedName.of("public", "tä\\ble \"q\" \uD83D\uDE00 \uD800 end"), List.of(Column.of("ü", "integer"))),
        Table.of(QualifiedName.of("public", big), List.of(Column.of("a", "text"))),
        Table.of(QualifiedName.of("public", "z" + "y".repeat(65_530)), List.of(Column.of("a", "text")))));
    assertThat(s.fingerprint()).isEqualTo("sha256:" + sha256Hex(s.canonicalText()));
    Schema same = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), s.tables());
    assertThat(same.fingerprint()).isEqualTo(s.fingerprint()); // another instance: computed, not remembered
  }

  @Test
  void stringsAreEscapedSoDifferentNamesNeverCollide() {
    Schema a = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("s")),
        List.of(Table.of(QualifiedName.of("s", "a\",name=\"b"), List.of(Column.of("x", "int")))));
    Schema b = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("s")),
        List.of(Table.of(QualifiedName.of("s", "a"), List.of(Column.of("x", "int")))));
    assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
  }

  @Test
  void rejectsTwoRelationsWithOneName() {
    QualifiedName n = QualifiedName.of("public", "thing");
    assertThatThrownBy(() -> new Schema(Dialect.POSTGRES, List.of(), List.of(), List.of(),
        List.of(new Sequence(n, SequenceOptions.defaults("bigint"), null, null, null)),
        List.of(Table.of(n, List.of(Column.of("a", "int")))), List.of(), List.of(), List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("sequence public.thing has the same name as a table");
  }

  @Test
  void rejectsDuplicateTables() {
    Table t = Table.of(QualifiedName.of("public", "t"), List.of(Column.of("a", "int")));
    assertThatThrownBy(() -> Schema.of(Dialect.POSTGRES, List.of(), List.of(t, t)))
        .isInstanceOf(InvalidModelException.class).hasMessage("table: duplicate public.t");
  }

  private static String sha256Hex(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
