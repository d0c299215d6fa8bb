package dev.slipway.differ.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.differ.DiffOptions;
import dev.slipway.differ.Differ;
import dev.slipway.model.Attr;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Dialect;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Generated;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.Namespace;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Schema;
import dev.slipway.model.SizeEstimate;
import dev.slipway.model.Table;
import dev.slipway.model.change.Change;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.model.mysql.MySqlDatabaseOptions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.model.mysql.MySqlTypeText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MySqlDiffRulesTest {
  private static final QualifiedName T = QualifiedName.of("app", "t");
  private static final MySqlDatabaseOptions DB = new MySqlDatabaseOptions("utf8mb4", "utf8mb4_general_ci");
  private final MySqlDiffRules rules = new MySqlDiffRules();

  private static Table table(List<Column> columns, List<Constraint> constraints, List<Index> indexes, Attr options) {
    return new Table(T, columns, constraints, indexes, List.of(), List.of(), null, null, false, false, null,
        options == null ? List.of() : List.of(options), SizeEstimate.UNKNOWN);
  }

  private static Table table(Column... columns) {
    return table(List.of(columns), List.of(), List.of(), new MySqlTableOptions("InnoDB", "utf8mb4", "utf8mb4_general_ci", null));
  }

  private static Schema schema(Table... tables) {
    return Schema.of(Dialect.MYSQL, List.of(new Namespace("app", null, List.of(DB))), List.of(tables));
  }

  private List<Change> diff(Table a, Table b) {
    return Differ.diff(schema(a), schema(b), rules, DiffOptions.DEFAULT);
  }

  private static Column col(String type) {
    return Column.of("c", type);
  }

  private static Column col(String type, String def) {
    return Column.of("c", type).withDefault(Expr.ofNullable(def));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "int(11)|int", "INT(11)|integer", "bigint(20) unsigned|bigint unsigned", "BIGINT UNSIGNED|bigint(20) unsigned",
      "int signed|int", "bool|tinyint(1)", "boolean|TINYINT(1)", "dec(10,2)|decimal(10,2)", "numeric(10,2)|decimal(10,2)",
      "fixed(5,1)|decimal(5,1)", "decimal|decimal(10,0)", "decimal(7)|decimal(7,0)", "double precision|double",
      "real|double", "float(30)|double", "character varying(20)|varchar(20)", "character(3)|char(3)", "char|char(1)",
      "year(4)|year", "datetime(0)|datetime", "enum('a', 'b')|enum('a','b')", "ENUM(\"a\",\"b\")|enum('a','b')",
      "set('x' , 'y')|set('x','y')", "smallint(6)|smallint", "mediumint(9) unsigned|mediumint unsigned",
      "int(10) unsigned zerofill|int(10) zerofill"})
  void sameTypes(String a, String b) {
    assertThat(diff(table(col(a)), table(col(b)))).isEmpty();
  }

  @ParameterizedTest(name = "{0} <> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "tinyint(1)|tinyint", "tinyint(1)|tinyint(4)", "int|int unsigned", "int(5) zerofill|int(6) zerofill",
      "decimal(10,2)|decimal(10,3)", "varchar(10)|varchar(20)", "enum('a','b')|enum('b','a')",
      "enum('a','b')|enum('a','b','c')", "float|double", "char(2)|varchar(2)", "int|bigint", "datetime|datetime(6)"})
  void differentTypes(String a, String b) {
    assertThat(diff(table(col(a)), table(col(b)))).hasSize(1);
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "timestamp|CURRENT_TIMESTAMP|current_timestamp()", "timestamp|now()|current_timestamp()",
      "datetime(6)|CURRENT_TIMESTAMP(6)|current_timestamp(6)", "datetime(6)|now(6)|current_timestamp(6)",
      "timestamp|localtimestamp|current_timestamp()", "int|'1'|1", "int|1|'1'", "decimal(10,2)|1.5|1.50",
      "decimal(10,2)|'1.5'|1.50", "tinyint(1)|TRUE|1", "tinyint(1)|false|'0'", "varchar(5)|\"x\"|'x'",
      "varchar(5)|'it\\'s'|'it''s'", "double|1.0|1", "int|NULL|", "varchar(5)|null|"})
  void sameDefaults(String type, String a, String b) {
    assertThat(diff(table(col(type, a)), table(col(type, b)))).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} <> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "int|1|2", "varchar(5)|'1'|'01'", "varchar(5)|'a'|'A'", "timestamp|current_timestamp()|current_timestamp(6)",
      "int|0|", "decimal(10,2)|1.5|1.51", "varchar(5)|''|"})
  void differentDefaults(String type, String a, String b) {
    assertThat(diff(table(col(type, a)), table(col(type, b)))).hasSize(1);
  }

  @Test
  void tableCharsetEqualToTheDatabaseIsInherited() {
    Table stated = table(List.of(col("int")), List.of(), List.of(),
        new MySqlTableOptions("innodb", "utf8mb4", "utf8mb4_general_ci", null));
    Table silent = table(List.of(col("int")), List.of(), List.of(), new MySqlTableOptions("InnoDB", null, null, null));
    Table other = table(List.of(col("int")), List.of(), List.of(), new MySqlTableOptions("InnoDB", "latin1", "latin1_swedish_ci", null));
    assertThat(diff(stated, silent)).isEmpty();
    assertThat(diff(silent, other)).hasSize(1);
    Table charsetOnly = table(List.of(col("int")), List.of(), List.of(), new MySqlTableOptions("InnoDB", "utf8mb4", null, null));
    assertThat(diff(stated, charsetOnly)).isEmpty();
  }

  @Test
  void columnCollationEqualToTheTableIsInherited() {
    Column plain = col("varchar(5)");
    Column stated = plain.withCollation("utf8mb4_general_ci")
        .withAttrs(List.of(new MySqlColumnOptions(false, null, "utf8mb4")));
    assertThat(diff(table(plain), table(stated))).isEmpty();
    assertThat(diff(table(plain), table(plain.withCollation("utf8mb4_bin")))).hasSize(1);
    assertThat(diff(table(plain), table(plain.withAttrs(List.of(new MySqlColumnOptions(false, null, "latin1")))))).hasSize(1);
  }

  @Test
  void utf8IsUtf8mb3() {
    Table a = table(List.of(col("int")), List.of(), List.of(), new MySqlTableOptions("InnoDB", "utf8", "utf8_general_ci", null));
    Table b = table(List.of(col("int")), List.of(), List.of(), new MySqlTableOptions("InnoDB", "utf8mb3", "utf8mb3_general_ci", null));
    assertThat(diff(a, b)).isEmpty();
  }

  @Test
  void onUpdateSpellings() {
    Column a = col("timestamp").withAttrs(List.of(new MySqlColumnOptions(false, Expr.of("CURRENT_TIMESTAMP"), null)));
    Column b = col("timestamp").withAttrs(List.of(new MySqlColumnOptions(false, Expr.of("current_timestamp()"), null)));
    Column none = col("timestamp").withAttrs(List.of(new MySqlColumnOptions(false, null, null)));
    assertThat(diff(table(a), table(b))).isEmpty();
    assertThat(diff(table(a), table(none))).hasSize(1);
    assertThat(diff(table(col("timestamp")), table(none))).isEmpty();
  }

  @Test
  void restrictIsNoAction() {
    Column id = Column.of("id", "int").withNullable(false);
    Column p = Column.of("p", "int");
    ForeignKey restrict = new ForeignKey("fk", List.of("p"), T, List.of("id"), ForeignKey.Action.RESTRICT,
        ForeignKey.Action.RESTRICT, null, null, true, null);
    ForeignKey noAction = ForeignKey.of("fk", List.of("p"), T, List.of("id"));
    ForeignKey cascade = new ForeignKey("fk", List.of("p"), T, List.of("id"), null, ForeignKey.Action.CASCADE, null,
        null, true, null);
    Index ix = Index.of("fk", false, "p");
    PrimaryKey pk = PrimaryKey.of("PRIMARY", "id");
    assertThat(diff(table(List.of(id, p), List.of(pk, restrict), List.of(ix), null),
        table(List.of(id, p), List.of(pk, noAction), List.of(ix), null))).isEmpty();
    assertThat(diff(table(List.of(id, p), List.of(pk, restrict), List.of(ix), null),
        table(List.of(id, p), List.of(pk, cascade), List.of(ix), null))).isNotEmpty();
  }

  @Test
  void implicitForeignKeyIndexIsWhatTheServerCreates() {
    Column id = Column.of("id", "int").withNullable(false);
    Column p = Column.of("p", "int");
    ForeignKey fk = ForeignKey.of("t_p_fk", List.of("p"), T, List.of("id"));
    PrimaryKey pk = PrimaryKey.of("PRIMARY", "id");
    Table server = table(List.of(id, p), List.of(pk, fk), List.of(Index.of("t_p_fk", false, "p")), null);
    Table written = table(List.of(id, p), List.of(pk, fk), List.of(), null);
    Table ownIndex = table(List.of(id, p), List.of(pk, fk), List.of(Index.of("by_p", false, "p")), null);
    assertThat(diff(server, written)).isEmpty();
    // The implicit index and the named one have one definition: a rename.
    assertThat(diff(written, ownIndex)).extracting(c -> c.getClass().getSimpleName()).containsExactly("RenameIndex");
    // Without the foreign key the implicit index is an ordinary index that goes with it.
    assertThat(diff(server, table(List.of(id, p), List.of(pk), List.of(), null)))
        .extracting(c -> c.getClass().getSimpleName()).containsExactlyInAnyOrder("DropConstraint", "DropIndex");
  }

  @Test
  void primaryKeyColumnsAreNotNull() {
    Column id = Column.of("id", "int");
    PrimaryKey pk = PrimaryKey.of("PRIMARY", "id");
    assertThat(diff(table(List.of(id), List.of(pk), List.of(), null),
        table(List.of(id.withNullable(false)), List.of(pk), List.of(), null))).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "(`price` > 0)|price > 0", "`a` >= 0 AND `b` < 10|a>=0 and b<10", "lcase(`email`)|LOWER(email)",
      "ucase(name)|upper(`name`)", "(_utf8mb4'x' <> `s`)|'x'<>s", "concat(`a`, ' ', `b`)|CONCAT(a,' ',b)"})
  void sameExpressions(String a, String b) {
    Table x = table(List.of(col("int")), List.of(CheckConstraint.of("ck", a)), List.of(), null);
    Table y = table(List.of(col("int")), List.of(CheckConstraint.of("ck", b)), List.of(), null);
    assertThat(diff(x, y)).isEmpty();
  }

  @ParameterizedTest(name = "{0} <> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {"a > 0|a >= 0", "s = 'X'|s = 'x'", "a + b * c|(a + b) * c", "lower(s)|upper(s)"})
  void differentExpressions(String a, String b) {
    Table x = table(List.of(col("int")), List.of(CheckConstraint.of("ck", a)), List.of(), null);
    Table y = table(List.of(col("int")), List.of(CheckConstraint.of("ck", b)), List.of(), null);
    assertThat(diff(x, y)).isNotEmpty();
  }

  @Test
  void generatedAndFunctionalIndexExpressions() {
    Column g1 = col("int").withGenerated(new Generated(Expr.of("(`a` + 1)"), false));
    Column g2 = col("int").withGenerated(new Generated(Expr.of("a+1"), false));
    assertThat(diff(table(g1), table(g2))).isEmpty();
    Column s = Column.of("s", "varchar(10)");
    Index f1 = new Index("f", List.of(IndexKey.expression("lcase(`s`)")), "BTREE", false, false, List.of(), null,
        List.of(), true, "", List.of());
    Index f2 = new Index("f", List.of(IndexKey.expression("(lower(s))")), "btree", false, false, List.of(), null,
        List.of(), true, null, List.of());
    assertThat(diff(table(List.of(s), List.of(), List.of(f1), null), table(List.of(s), List.of(), List.of(f2), null))).isEmpty();
  }

  @Test
  void prefixAsLongAsTheColumnIsTheColumn() {
    Column s = Column.of("s", "varchar(10)");
    Index whole = Index.of("i", false, "s");
    Index prefix = new Index("i", List.of(new IndexKey("s", null, null, null, null, null, 10)), "btree", false, false,
        List.of(), null, List.of(), true, null, List.of());
    Index shorter = new Index("i", List.of(new IndexKey("s", null, null, null, null, null, 5)), "btree", false, false,
        List.of(), null, List.of(), true, null, List.of());
    assertThat(diff(table(List.of(s), List.of(), List.of(whole), null), table(List.of(s), List.of(), List.of(prefix), null))).isEmpty();
    assertThat(diff(table(List.of(s), List.of(), List.of(whole), null), table(List.of(s), List.of(), List.of(shorter), null))).hasSize(1);
  }

  @Test
  void normalizeReturnsTheSameInstanceWhenCanonical() {
    Schema s = schema(table(List.of(Column.of("id", "int").withNullable(false), Column.of("s", "varchar(5)").withDefault(Expr.of("'x'"))),
        List.of(PrimaryKey.of("PRIMARY", "id")), List.of(Index.of("s", false, "s")), new MySqlTableOptions("InnoDB", null, null, null)));
    assertThat(rules.normalize(s)).isSameAs(s);
    Schema once = rules.normalize(schema(table(col("INT(11)"))));
    assertThat(rules.normalize(once)).isSameAs(once);
  }

  @Test
  void typeTextPieces() {
    assertThat(MySqlTypeText.canonical("INT(11) UNSIGNED")).isEqualTo("int unsigned");
    assertThat(MySqlTypeText.canonical("varchar(255) character set latin1")).isEqualTo("varchar(255) character set latin1");
    assertThat(MySqlTypeText.values(MySqlTypeText.parse("enum('a','it''s')"))).containsExactly("a", "it's");
  }
}
