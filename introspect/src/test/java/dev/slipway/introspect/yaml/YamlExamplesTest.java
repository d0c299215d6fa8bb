package dev.slipway.introspect.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.introspect.SourceFile;
import dev.slipway.model.Column;
import dev.slipway.model.Deferrability;
import dev.slipway.model.Dialect;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Identity;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.testing.SlipwayJsonSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples docs/yaml.md shows: they read, mean what the doc says, and survive a write/read trip whose
 * text matches the JSON Schema (the examples themselves are checked in YamlDocumentsMatchJsonSchemaTest).
 */
class YamlExamplesTest {
  private static final Path EXAMPLES = Path.of("src/test/resources/yaml");
  private final YamlSchemaReader reader = new YamlSchemaReader();

  private Schema read(String... names) throws Exception {
    List<SourceFile> files = new ArrayList<>();
    for (String n : names) files.add(new SourceFile(n, Files.readString(EXAMPLES.resolve(n), StandardCharsets.UTF_8)));
    Schema s = reader.read(files);
    String written = new YamlSchemaWriter().write(s);
    SlipwayJsonSchema.assertValid("written back from " + String.join(", ", names), written);
    Schema back = reader.read(List.of(new SourceFile("written.yaml", written)));
    assertThat(back.withRenameHints(List.of())).isEqualTo(s.withRenameHints(List.of()));
    return s;
  }

  private static QualifiedName q(String schema, String name) {
    return QualifiedName.of(schema, name);
  }

  @Test
  void basicFillsInTheDefaults() throws Exception {
    Schema s = read("basic.yaml");
    assertThat(s.dialect()).isEqualTo(Dialect.POSTGRES);
    Table users = s.requireTable(q("public", "users"));
    Column id = users.requireColumn("id");
    assertThat(id.nullable()).isFalse();
    assertThat(id.identity().generation()).isEqualTo(Identity.Generation.ALWAYS);
    assertThat(id.identity().options().dataType()).isEqualTo("bigint");
    assertThat(users.requireColumn("created_at").defaultValue().text()).isEqualTo("now()");
    assertThat(users.primaryKey().orElseThrow().name()).isEqualTo("users_pkey");
    assertThat(users.findConstraint("users_email_key")).isPresent();
    Table orders = s.requireTable(q("public", "orders"));
    assertThat(orders.requireColumn("total").defaultValue().text()).isEqualTo("0");
    ForeignKey fk = orders.foreignKeys().get(0);
    assertThat(fk.name()).isEqualTo("orders_user_id_fkey");
    assertThat(fk.referencedTable()).isEqualTo(q("public", "users"));
    assertThat(fk.onDelete()).isEqualTo(ForeignKey.Action.CASCADE);
    Index idx = orders.indexes().get(0);
    assertThat(idx.name()).isEqualTo("orders_user_id_idx");
    assertThat(idx.method()).isEqualTo("btree");
  }

  @Test
  void fullPostgresExample() throws Exception {
    Schema s = read("postgres-full.yaml");
    assertThat(s.namespaces()).extracting(n -> n.name()).containsExactly("app", "audit.v2");
    assertThat(s.types()).hasSize(3);
    assertThat(s.findSequence(q("app", "legacy_counter")).orElseThrow().options().max()).isEqualTo(-1);
    Table accounts = s.requireTable(q("app", "accounts"));
    assertThat(accounts.requireColumn("email").type().text()).isEqualTo("app.email");
    assertThat(accounts.requireColumn("full_name").generated().stored()).isTrue();
    assertThat(accounts.findIndex("accounts_last_name_first_name_idx").orElseThrow().keys().get(1))
        .isEqualTo(new IndexKey("first_name", null, null, null, IndexKey.Order.DESC, IndexKey.Nulls.LAST, null));
    assertThat(accounts.triggers().get(0).definition()).isEqualTo(
        "CREATE TRIGGER accounts_audit AFTER UPDATE ON app.accounts FOR EACH ROW EXECUTE FUNCTION app.audit()");
    assertThat(accounts.policies().get(0).roles()).containsExactly("app_user");
    assertThat(s.renameHints()).containsExactly(
        new RenameHint(q("app", "accounts"), null, "users", "postgres-full.yaml:38"),
        new RenameHint(q("app", "accounts"), "email", "mail", "postgres-full.yaml:48"));
    ForeignKey fk = s.requireTable(q("app", "bookings")).foreignKeys().get(0);
    assertThat(fk.deferrability()).isEqualTo(Deferrability.INITIALLY_DEFERRED);
    assertThat(s.findTable(q("audit.v2", "log"))).isPresent();
    assertThat(s.requireTable(q("app", "events_2025")).partitionOf().parent()).isEqualTo(q("app", "events"));
    assertThat(s.findView(q("app", "account_counts")).orElseThrow().indexes()).hasSize(1);
    assertThat(s.routines().get(0).signature()).isEqualTo("app.audit()");
  }

  @Test
  void mysqlExample() throws Exception {
    Schema s = read("mysql.yaml");
    Table customers = s.requireTable(q("shop", "customers"));
    assertThat(customers.requireColumn("id").findAttr(MySqlColumnOptions.class).orElseThrow().autoIncrement()).isTrue();
    assertThat(customers.requireColumn("id").nullable()).isFalse();
    assertThat(customers.requireColumn("name_length").generated().stored()).isFalse();
    assertThat(customers.primaryKey().orElseThrow().name()).isEqualTo("PRIMARY");
    assertThat(customers.findConstraint("name")).isPresent();
    assertThat(customers.findIndex("name_prefix").orElseThrow().keys().get(0).prefixLength()).isEqualTo(10);
    assertThat(customers.findIndex("name_prefix").orElseThrow().method()).isEqualTo("BTREE");
    assertThat(s.requireTable(q("shop", "orders")).foreignKeys().get(0).name()).isEqualTo("orders_ibfk_1");
  }

  @Test
  void splitFilesMerge() throws Exception {
    Schema s = read("split/01-schemas.yaml", "split/02-invoices.yaml");
    assertThat(s.findTable(q("billing", "invoices"))).isPresent();
    assertThat(s.findTable(q("odd.name", "weird.table"))).isPresent();
  }

  /** A fenced block in the doc that starts with "# example: FILE" must be that file, byte for byte. */
  @Test
  void docShowsTheExampleFilesVerbatim() throws IOException {
    String doc = Files.readString(Path.of("../docs/yaml.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```yaml\n# example: (\\S+)\n(.*?)```", Pattern.DOTALL).matcher(doc);
    int found = 0;
    while (m.find()) {
      found++;
      assertThat(m.group(2)).as(m.group(1)).isEqualTo(Files.readString(EXAMPLES.resolve(m.group(1))));
    }
    assertThat(found).isGreaterThanOrEqualTo(2);
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        assertThat(doc).as("docs/yaml.md mentions " + p).contains(EXAMPLES.relativize(p).toString());
      }
    }
  }

  /**
   * Every whole-document snippet in the doc reads (with "dialect: postgresql" added when it has none);
   * fragments of a table (a foreign_keys: or indexes: list) and the "# or" comparison are skipped.
   */
  @Test
  void docSnippetsRead() throws Exception {
    String doc = Files.readString(Path.of("../docs/yaml.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(doc);
    int read = 0;
    while (m.find()) {
      String block = m.group(1);
      String body = block.replaceAll("(?m)^#.*\n", "");
      if (body.startsWith("foreign_keys:") || body.startsWith("indexes:") || block.contains("\n# or\n")) continue;
      String yaml = body.contains("dialect:") ? block : "dialect: postgresql\n" + block;
      reader.read(List.of(new SourceFile("docs/yaml.md block " + (read + 1), yaml)));
      read++;
    }
    assertThat(read).isGreaterThanOrEqualTo(8);
  }
}
