package dev.slipway.introspect.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.model.Attr;
import dev.slipway.model.Column;
import dev.slipway.model.Dialect;
import dev.slipway.model.Namespace;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.RichSchema;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.model.postgres.PostgresTableOptions;
import dev.slipway.testing.SlipwayJsonSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer's layout, that its output matches the JSON Schema, and what it refuses to write rather than lose. */
class YamlSchemaWriterTest {
  private static final QualifiedName T = QualifiedName.of("public", "t");
  private final YamlSchemaWriter writer = new YamlSchemaWriter();

  private record Unknown(int x) implements Attr {}

  private static Schema one(Dialect d, Table t) {
    return Schema.of(d, List.of(), List.of(t));
  }

  @Test
  void shortFormsForTheCommonCase() {
    Table t = Table.of(T, List.of(Column.of("id", "bigint").withNullable(false), Column.of("note", "text")))
        .withConstraints(List.of(dev.slipway.model.PrimaryKey.of("t_pkey", "id")));
    assertThat(writer.write(one(Dialect.POSTGRES, t))).isEqualTo("""
        dialect: postgresql
        tables:
          public.t:
            columns:
              - name: id
                type: bigint
              - name: note
                type: text
            primary_key: [id]
        """);
  }

  /**
   * What {@code inspect --format yaml} prints is a document editors accept: the rich schemas of the model's,
   * the differ's and the planner's tests (RichSchema) and the reader's (RichSchemas) all match
   * docs/schema/slipway-schema.json.
   */
  @Test
  void outputOfRichSchemasMatchesTheJsonSchema() {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    schemas.put("RichSchema.schema()", RichSchema.schema());
    schemas.put("RichSchemas.postgres()", RichSchemas.postgres());
    schemas.put("RichSchemas.postgresWithHints()", RichSchemas.postgresWithHints());
    schemas.put("RichSchemas.mysql()", RichSchemas.mysql());
    for (Dialect d : Dialect.values()) schemas.put("Schema.empty(" + d + ")", Schema.empty(d));
    schemas.forEach((name, s) -> SlipwayJsonSchema.assertValid(name, writer.write(s)));
  }

  @Test
  void refusesAttrsTheFormatCannotHold() {
    Table t = Table.of(T, List.of(Column.of("a", "int")));
    assertThatThrownBy(() -> writer.write(one(Dialect.MYSQL, t.withAttrs(List.of(PostgresTableOptions.DEFAULT)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table public.t");
    assertThatThrownBy(() -> writer.write(one(Dialect.POSTGRES, t.withAttrs(List.of(new MySqlTableOptions("InnoDB", null, null, null))))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> writer.write(one(Dialect.POSTGRES, t.withColumns(List.of(Column.of("a", "int")
        .withAttrs(List.of(new Unknown(1))))))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column public.t.a");
    Schema ns = Schema.of(Dialect.POSTGRES, List.of(new Namespace("s", null, List.of(new Unknown(2)))), List.of());
    assertThatThrownBy(() -> writer.write(ns)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema s");
  }

  @Test
  void refusesARenameHintItCannotPlace() {
    Schema s = one(Dialect.POSTGRES, Table.of(T, List.of(Column.of("a", "int"))))
        .withRenameHints(List.of(new RenameHint(T, "missing", "old", "x:1")));
    assertThatThrownBy(() -> writer.write(s)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names no table or column");
  }
}
