package dev.slipway.introspect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.CompositeType;
import dev.slipway.model.Deferrability;
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
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.ServerVersion;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.View;
import dev.slipway.model.postgres.PostgresTableOptions;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reads a schema holding every object kind back from pg_catalog and checks the model values. */
class PostgresCatalogReaderIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  private static final PostgresCatalogReader READER = new PostgresCatalogReader();
  private static ServerVersion version;
  private static Schema schema;

  static QualifiedName app(String name) {
    return QualifiedName.of("App", name);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = PostgresCatalogReaderIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void createAndRead() throws Exception {
    db.execute(resource("rich-schema.sql"));
    try (Connection c = db.connect()) {
      version = PostgresCatalogReader.serverVersion(c);
      if (version.atLeast(15)) db.execute(resource("rich-schema-15.sql"));
      schema = READER.read(c, ReadOptions.ALL);
    }
  }

  @Test
  void serverVersionIsTheMajorTheTestsAskedFor() {
    assertThat(version.major()).isEqualTo(TestDatabases.postgresMajor());
  }

  @Test
  void schemasAndExtensionsButNotTheirObjects() {
    assertThat(schema.namespaces()).extracting(Namespace::name).containsExactly("App", "public");
    assertThat(schema.namespaces().get(0).comment()).isEqualTo("application schema");
    assertThat(schema.extensions()).extracting(Extension::name, Extension::schema)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("btree_gist", "public"),
            org.assertj.core.groups.Tuple.tuple("citext", "public"),
            org.assertj.core.groups.Tuple.tuple("pg_stat_statements", "public"));
    assertThat(schema.extensions()).allSatisfy(e -> assertThat(e.version()).matches("\\d+\\.\\d+"));
    // citext and btree_gist install hundreds of functions, types and operator classes into public.
    assertThat(schema.routines()).extracting(r -> r.name().toString())
        .containsExactly("App.add_one", "App.purge", "App.touch");
    assertThat(schema.types()).extracting(t -> t.name().toString())
        .containsExactly("App.address", "App.mood", "App.positive_int");
    // pg_stat_statements' views live in public but belong to the extension.
    assertThat(schema.views()).extracting(v -> v.name().toString())
        .containsExactly("App.active_emails", "App.active_users", "App.event_counts");
  }

  @Test
  void tableWithIdentityGeneratedCollatedAndCommentedColumns() {
    Table users = schema.requireTable(app("users"));
    assertThat(users.columns()).extracting(Column::name).containsExactly(
        "id", "email", "Display Name", "mood", "score", "home", "created_at", "email_lower", "tags");
    assertThat(users.requireColumn("id")).isEqualTo(new Column("id", SqlType.of("bigint"), false, null,
        new Identity(Identity.Generation.ALWAYS, new SequenceOptions("bigint", 100, 5, 1, Long.MAX_VALUE, 10, false)),
        null, null, null, List.of()));
    assertThat(users.requireColumn("email").type()).isEqualTo(SqlType.of("public.citext"));
    assertThat(users.requireColumn("Display Name")).isEqualTo(new Column("Display Name",
        SqlType.of("character varying(80)"), true, Expr.of("'anon'::character varying"), null, null, "C",
        "shown in the UI", List.of()));
    assertThat(users.requireColumn("mood").defaultValue()).isEqualTo(Expr.of("'ok'::\"App\".mood"));
    assertThat(users.requireColumn("score").type()).isEqualTo(SqlType.of("\"App\".positive_int"));
    assertThat(users.requireColumn("email_lower").generated())
        .isEqualTo(new Generated(Expr.of("lower((email)::text)"), true));
    assertThat(users.requireColumn("tags")).isEqualTo(new Column("tags", SqlType.of("text[]"), false,
        Expr.of("'{}'::text[]"), null, null, null, null, List.of()));
    assertThat(users.comment()).isEqualTo("people");
    assertThat(users.rowSecurity()).isTrue();
    assertThat(users.forceRowSecurity()).isTrue();
    assertThat(users.attrs()).isEmpty();
    assertThat(users.size().bytes()).isGreaterThanOrEqualTo(0);
    // Never analyzed: PostgreSQL 14+ says -1 (unknown); 13 says 0.
    assertThat(users.size().rows()).isEqualTo(version.atLeast(14) ? -1 : 0);
  }

  @Test
  void constraintsOfEveryKind() {
    Table users = schema.requireTable(app("users"));
    assertThat(users.constraints()).containsExactly(
        new CheckConstraint("users_created_check",
            Expr.of("(created_at > '2000-01-01 00:00:00+00'::timestamp with time zone)"), true, false, null),
        new UniqueConstraint("users_email_key", List.of("email"), List.of(), false,
            Deferrability.INITIALLY_DEFERRED, null),
        new PrimaryKey("users_pkey", List.of("id"), List.of(), "the key"));
    Table log = schema.requireTable(app("Event Log"));
    assertThat(log.constraints()).containsExactly(
        new PrimaryKey("Event Log_pkey", List.of("ID"), List.of(), null),
        new ForeignKey("Event Log_user_fk", List.of("user_id"), app("users"), List.of("id"),
            ForeignKey.Action.CASCADE, ForeignKey.Action.SET_NULL, ForeignKey.Match.SIMPLE,
            Deferrability.INITIALLY_IMMEDIATE, true, null),
        new CheckConstraint("kind_check", Expr.of("(kind <> ''::text)"), false, false, null),
        new ExclusionConstraint("no_overlap", "EXCLUDE USING gist (room WITH =, during WITH &&)",
            Deferrability.NOT_DEFERRABLE, null));
    assertThat(schema.requireTable(app("audit")).constraints()).containsExactly(
        new ForeignKey("audit_event_fk", List.of("event_id"), app("Event Log"), List.of("ID"),
            ForeignKey.Action.NO_ACTION, ForeignKey.Action.RESTRICT, ForeignKey.Match.FULL,
            Deferrability.NOT_DEFERRABLE, false, null));
    assertThat(log.findAttr(PostgresTableOptions.class)).contains(
        new PostgresTableOptions(false, List.of("fillfactor=80", "autovacuum_enabled=false"), 'f'));
    assertThat(schema.requireTable(app("scratch")).findAttr(PostgresTableOptions.class))
        .contains(new PostgresTableOptions(true, List.of(), 'd'));
  }

  @Test
  void indexesWithEveryFeatureButNotThoseOfConstraints() {
    Table users = schema.requireTable(app("users"));
    assertThat(users.indexes()).extracting(Index::name).containsExactly(
        "users_created_uniq", "users_email_hash", "users_lower_email_idx", "users_name_idx", "users_tags_gin");
    assertThat(users.findIndex("users_name_idx")).contains(new Index("users_name_idx", List.of(
            new IndexKey("Display Name", null, "POSIX", null, IndexKey.Order.DESC, IndexKey.Nulls.DEFAULT, null),
            new IndexKey("created_at", null, null, null, IndexKey.Order.ASC, IndexKey.Nulls.FIRST, null)),
        "btree", false, false, List.of("mood"), Expr.of("(score IS NOT NULL)"), List.of(), true, null, List.of()));
    assertThat(users.findIndex("users_lower_email_idx")).contains(new Index("users_lower_email_idx", List.of(
            new IndexKey(null, Expr.of("lower(email::text)"), null, "text_pattern_ops", IndexKey.Order.ASC,
                IndexKey.Nulls.DEFAULT, null)),
        "btree", false, false, List.of(), null, List.of(), true, null, List.of()));
    assertThat(users.findIndex("users_created_uniq").orElseThrow().storageParameters()).containsExactly("fillfactor=70");
    assertThat(users.findIndex("users_created_uniq").orElseThrow().unique()).isTrue();
    assertThat(users.findIndex("users_tags_gin").orElseThrow().method()).isEqualTo("gin");
    assertThat(users.findIndex("users_tags_gin").orElseThrow().comment()).isEqualTo("tag search");
    assertThat(users.findIndex("users_email_hash").orElseThrow().method()).isEqualTo("hash");
    Table log = schema.requireTable(app("Event Log"));
    assertThat(log.indexes()).containsExactly(new Index("Event Log_during_idx", List.of(IndexKey.column("during")),
        "gist", false, false, List.of(), null, List.of(), true, null, List.of()));
  }

  @Test
  void nullsNotDistinctOnFifteenAndLater() {
    Table plain = schema.requireTable(QualifiedName.of("public", "plain"));
    if (!version.atLeast(15)) {
      assertThat(plain.indexes()).isEmpty();
      return;
    }
    assertThat(plain.findIndex("plain_label_nnd").orElseThrow().nullsNotDistinct()).isTrue();
    assertThat(plain.findConstraint("plain_id_label_key")).contains(new UniqueConstraint("plain_id_label_key",
        List.of("id", "label"), List.of("extra"), true, Deferrability.NOT_DEFERRABLE, null));
  }

  @Test
  void partitionedTablesAndPartitionsWithoutInheritedCopies() {
    Table parent = schema.requireTable(app("measurements"));
    assertThat(parent.partitioning()).isEqualTo(new Partitioning(Partitioning.Strategy.RANGE, List.of("taken_on")));
    assertThat(parent.primaryKey()).contains(PrimaryKey.of("measurements_pkey", "id", "taken_on"));
    assertThat(parent.indexes()).extracting(Index::name).containsExactly("measurements_region_idx");
    Table y2024 = schema.requireTable(app("measurements_2024"));
    assertThat(y2024.partitionOf()).isEqualTo(
        new PartitionOf(app("measurements"), "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
    // The partition's own index stays; the copies of the parent's key and index do not.
    assertThat(y2024.indexes()).extracting(Index::name).containsExactly("measurements_2024_value_idx");
    assertThat(y2024.constraints()).isEmpty();
    assertThat(schema.requireTable(app("measurements_rest")).partitionOf())
        .isEqualTo(new PartitionOf(app("measurements"), "DEFAULT"));
    assertThat(schema.requireTable(app("measurements_rest")).indexes()).isEmpty();
    assertThat(schema.requireTable(app("by_region")).partitioning())
        .isEqualTo(new Partitioning(Partitioning.Strategy.LIST, List.of("region")));
    assertThat(schema.requireTable(app("by_region_eu")).partitionOf())
        .isEqualTo(new PartitionOf(app("by_region"), "FOR VALUES IN ('de', 'fr')"));
    assertThat(schema.requireTable(app("by_region_eu")).constraints()).isEmpty();
    assertThat(schema.requireTable(app("by_expr")).partitioning())
        .isEqualTo(new Partitioning(Partitioning.Strategy.RANGE, List.of("lower(a)", "b")));
  }

  @Test
  void identityOfAPartitionedTable() {
    Identity identity = new Identity(Identity.Generation.BY_DEFAULT, SequenceOptions.defaults("bigint"));
    assertThat(schema.requireTable(app("tickets")).requireColumn("id").identity()).isEqualTo(identity);
    // Since 17 the partition's column is an identity column backed by the parent's sequence.
    assertThat(schema.requireTable(app("tickets_2024")).requireColumn("id").identity())
        .isEqualTo(version.atLeast(17) ? identity : null);
  }

  @Test
  void sequencesButNotIdentitySequences() {
    assertThat(schema.sequences()).containsExactly(
        new Sequence(app("Event Log_ID_seq"), SequenceOptions.defaults("integer"), app("Event Log"), "ID", null),
        new Sequence(app("free_seq"), SequenceOptions.defaults("bigint"), null, null, null),
        new Sequence(app("invoice_no"), new SequenceOptions("integer", 1000, 10, 1000, 999999, 5, true), null, null,
            "invoice numbers"));
    assertThat(schema.requireTable(app("Event Log")).requireColumn("ID").defaultValue())
        .isEqualTo(Expr.of("nextval('\"App\".\"Event Log_ID_seq\"'::regclass)"));
  }

  @Test
  void triggersAndPolicies() {
    Table users = schema.requireTable(app("users"));
    assertThat(users.triggers()).containsExactly(new Trigger("users_touch",
        "CREATE TRIGGER users_touch BEFORE UPDATE ON \"App\".users FOR EACH ROW WHEN ((old.email IS DISTINCT FROM "
            + "new.email)) EXECUTE FUNCTION \"App\".touch()", app("touch"), true, "refresh timestamp"));
    assertThat(schema.requireTable(app("audit")).triggers()).singleElement()
        .satisfies(t -> assertThat(t.enabled()).isFalse());
    assertThat(users.policies()).containsExactly(
        new Policy("users_insert", false, Policy.Command.INSERT, List.of("postgres"), null,
            Expr.of("((score)::integer > 0)"), null),
        new Policy("users_self", true, Policy.Command.SELECT, List.of("public"),
            Expr.of("((email)::text = (CURRENT_USER)::text)"), null, "see yourself"));
  }

  @Test
  void typesOfEveryKind() {
    assertThat(schema.findType(app("mood"))).contains(new EnumType(app("mood"), List.of("sad", "meh", "ok", "happy"),
        "how it went"));
    assertThat(schema.findType(app("positive_int"))).contains(new DomainType(app("positive_int"),
        SqlType.of("integer"), true, Expr.of("1"), null, List.of(
            new CheckConstraint("positive_int_check", Expr.of("(VALUE > 0)"), true, false, null),
            new CheckConstraint("small", Expr.of("(VALUE < 1000000)"), true, false, null)),
        "strictly positive"));
    assertThat(schema.findType(app("address"))).contains(new CompositeType(app("address"), List.of(
        new CompositeType.Attribute("street", SqlType.of("text"), null),
        new CompositeType.Attribute("zip", SqlType.of("character varying(10)"), "C"),
        new CompositeType.Attribute("Country", SqlType.of("character(2)"), null)), "postal address"));
  }

  @Test
  void viewsViewsOnViewsAndMaterializedViews() {
    View active = schema.findView(app("active_users")).orElseThrow();
    assertThat(active.materialized()).isFalse();
    assertThat(active.definition()).contains("FROM \"App\".users").contains("> 0");
    assertThat(active.dependsOn()).containsExactly(app("users"));
    assertThat(active.comment()).isEqualTo("scored users");
    View emails = schema.findView(app("active_emails")).orElseThrow();
    assertThat(emails.dependsOn()).containsExactly(app("active_users"));
    assertThat(emails.options()).containsExactly("security_barrier=true");
    View counts = schema.findView(app("event_counts")).orElseThrow();
    assertThat(counts.materialized()).isTrue();
    assertThat(counts.dependsOn()).containsExactly(app("Event Log"));
    assertThat(counts.indexes()).containsExactly(new Index("event_counts_user_idx",
        List.of(IndexKey.column("user_id")), "btree", true, false, List.of(), null, List.of(), true, null, List.of()));
    assertThat(counts.comment()).isEqualTo("per user");
  }

  @Test
  void functionsAndProceduresButNotAggregates() {
    // Routines are keyed by their identity argument types (oidvectortypes(proargtypes)), the same on every
    // major; the names and IN/OUT markers stay in the definition.
    String purge = "App.purge(integer)";
    assertThat(schema.routines()).extracting(Routine::signature, Routine::kind, Routine::language).containsExactly(
        org.assertj.core.groups.Tuple.tuple("App.add_one(integer)", Routine.Kind.FUNCTION, "sql"),
        org.assertj.core.groups.Tuple.tuple(purge, Routine.Kind.PROCEDURE, "plpgsql"),
        org.assertj.core.groups.Tuple.tuple("App.touch()", Routine.Kind.FUNCTION, "plpgsql"));
    Routine addOne = schema.routines().get(0);
    assertThat(addOne.returns()).isEqualTo("integer");
    assertThat(addOne.comment()).isEqualTo("adds one");
    assertThat(addOne.definition()).startsWith("CREATE OR REPLACE FUNCTION \"App\".add_one(x integer)")
        .contains("SELECT x + 1");
  }

  @Test
  void readingTwiceGivesEqualSchemasAndFingerprints() throws Exception {
    try (Connection c = db.connect()) {
      Schema again = READER.read(c, ReadOptions.ALL);
      assertThat(again).isEqualTo(schema);
      assertThat(again.fingerprint()).isEqualTo(schema.fingerprint());
    }
  }

  @Test
  void restoresTheConnectionsSettings() throws Exception {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      READER.read(c, ReadOptions.ALL);
      assertThat(c.getAutoCommit()).isFalse();
      assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
      assertThat(c.isReadOnly()).isFalse();
      c.rollback();
      c.setAutoCommit(true);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      READER.read(c, ReadOptions.ALL);
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      try (var s = c.createStatement(); var rs = s.executeQuery("SHOW search_path")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("\"$user\", public");
      }
    }
  }

  @Test
  void refusesToReadInsideTheCallersOpenTransaction() throws Exception {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try (var s = c.createStatement()) {
        s.execute("CREATE TABLE public.uncommitted (x int)");
      }
      assertThatThrownBy(() -> READER.read(c, ReadOptions.ALL))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageContaining("REPEATABLE READ READ ONLY");
      // The caller's transaction is untouched: its table is still visible to it.
      try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM public.uncommitted")) {
        assertThat(rs.next()).isTrue();
      }
      c.rollback();
    }
  }

  @Test
  void schemasAndExcludeOptions() throws Exception {
    try (Connection c = db.connect()) {
      Schema onlyPublic = READER.read(c, new ReadOptions(List.of("public"), List.of()));
      assertThat(onlyPublic.namespaces()).extracting(Namespace::name).containsExactly("public");
      assertThat(onlyPublic.tables()).extracting(t -> t.name().toString()).containsExactly("public.plain");
      assertThat(onlyPublic.routines()).isEmpty();
      assertThat(onlyPublic.extensions()).extracting(Extension::name)
          .containsExactly("btree_gist", "citext", "pg_stat_statements");

      Schema onlyApp = READER.read(c, new ReadOptions(List.of("App"), List.of()));
      assertThat(onlyApp.extensions()).isEmpty();
      assertThat(onlyApp.tables()).hasSize(schema.tables().size() - 1);

      Schema excluded = READER.read(c, new ReadOptions(List.of(), List.of("public", "App.measurements*", "App.?ser?")));
      assertThat(excluded.namespaces()).extracting(Namespace::name).containsExactly("App");
      assertThat(excluded.tables()).extracting(t -> t.name().name()).containsExactly(
          "Event Log", "audit", "by_expr", "by_region", "by_region_eu", "scratch", "tickets", "tickets_2024");
      assertThat(excluded.views()).hasSize(3);
    }
  }

  @Test
  void failureNamesWhatWasBeingRead() throws SQLException {
    try (Connection c = db.connect()) {
      c.close();
      assertThatThrownBy(() -> READER.read(c, ReadOptions.ALL)).isInstanceOf(IntrospectionException.class)
          .hasMessageContaining("reading");
    }
  }
}
