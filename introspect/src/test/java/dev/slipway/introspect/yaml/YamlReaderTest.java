package dev.slipway.introspect.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.introspect.SourceFile;
import dev.slipway.model.Column;
import dev.slipway.model.Dialect;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reader behaviour beyond the examples: short forms, YAML anchors, name quoting. */
class YamlReaderTest {
  private static Schema read(String yaml) throws Exception {
    return new YamlSchemaReader().read(List.of(new SourceFile("s.yaml", yaml)));
  }

  @Test
  void anchorsAliasesAndMergeKeysAreResolved() throws Exception {
    Schema s = read("""
        dialect: postgresql
        x-columns:
          id: &id {name: id, type: bigint, identity: always}
          stamp: &stamp {type: timestamptz, not_null: true, default: now()}
        tables:
          a:
            columns: [*id, {<<: *stamp, name: created_at}]
          b:
            columns:
              - *id
              - <<: *stamp
                name: updated_at
                not_null: false
        """);
    Table a = s.requireTable(QualifiedName.of("public", "a"));
    assertThat(a.columns()).extracting(Column::name).containsExactly("id", "created_at");
    assertThat(a.requireColumn("created_at").nullable()).isFalse();
    Table b = s.requireTable(QualifiedName.of("public", "b"));
    assertThat(b.requireColumn("updated_at").nullable()).isTrue();
    assertThat(b.requireColumn("updated_at").defaultValue().text()).isEqualTo("now()");
  }

  @Test
  void quotedNamePartsAndLiteralSchemaName() throws Exception {
    Schema s = read("""
        dialect: postgresql
        tables:
          '"a.b"."c""d"': {}
          x.y: {}
        """);
    assertThat(s.findTable(QualifiedName.of("a.b", "c\"d"))).isPresent();
    assertThat(s.findTable(QualifiedName.of("x", "y"))).isPresent();
    Schema list = read("dialect: postgresql\ntables:\n  - {schema: a.b, name: c.d}\n");
    assertThat(list.findTable(QualifiedName.of("a.b", "c.d"))).isPresent();
  }

  @Test
  void mysqlUsesTheOnlyDeclaredDatabaseAndDefaultSchemaOverridesIt() throws Exception {
    Schema s = read("""
        dialect: mysql
        schemas: [shop]
        tables:
          t: {columns: [{name: id, type: int}], primary_key: id}
        """);
    Table t = s.requireTable(QualifiedName.of("shop", "t"));
    assertThat(s.dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(t.primaryKey().orElseThrow().name()).isEqualTo("PRIMARY");
    assertThat(t.requireColumn("id").nullable()).isFalse();
    Schema other = read("dialect: mysql\ndefault_schema: app\ntables:\n  t: {columns: [{name: id, type: int}]}\n");
    assertThat(other.findTable(QualifiedName.of("app", "t"))).isPresent();
  }

  @Test
  void actionWordsMayBeWrittenAsInSql() throws Exception {
    Schema s = read("""
        dialect: postgresql
        tables:
          p: {columns: [{name: id, type: int}], primary_key: [id]}
          c:
            columns: [{name: p, type: int}]
            foreign_keys:
              - {columns: p, references: {table: p, columns: id}, on_delete: SET NULL, on_update: no action}
        """);
    var fk = s.requireTable(QualifiedName.of("public", "c")).foreignKeys().get(0);
    assertThat(fk.onDelete()).isEqualTo(dev.slipway.model.ForeignKey.Action.SET_NULL);
    assertThat(fk.name()).isEqualTo("c_p_fkey");
  }

  @Test
  void anEmptyValueIsAbsentButAQuotedEmptyStringIsKept() throws Exception {
    Schema s = read("dialect: postgresql\ntables:\n  t:\n  u:\n    comment: ''\n    columns:\n"
        + "      - name: a\n        type: int\n        default:\n");
    assertThat(s.requireTable(QualifiedName.of("public", "t")).columns()).isEmpty();
    assertThat(s.requireTable(QualifiedName.of("public", "u")).comment()).isEmpty();
    assertThat(s.requireTable(QualifiedName.of("public", "u")).requireColumn("a").defaultValue()).isNull();
  }
}
