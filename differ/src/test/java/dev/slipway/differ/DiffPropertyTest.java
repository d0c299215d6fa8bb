package dev.slipway.differ;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.differ.postgres.PostgresDiffRules;
import dev.slipway.model.*;
import dev.slipway.model.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** diff(s, s) is empty for generated schemas, and for a separately built copy of the same schema. */
class DiffPropertyTest {
  private static final String[] TYPES = {"integer", "int4", "bigint", "text", "varchar(20)", "character varying(20)",
      "numeric(10,2)", "timestamptz", "boolean", "bool", "public.mood", "\"Odd Type\"", "jsonb", "uuid", "int8[]"};
  private static final String[] DEFAULTS = {null, "0", "now()", "'x'::text", "((1 + 2))", "gen_random_uuid()",
      "nextval('s'::regclass)", "CURRENT_TIMESTAMP"};
  private static final String[] NAMES = {"a", "B", "select", "a\"b", "x y", "id", "name", "Ünï", "x;--"};

  static Schema generate(long seed) {
    Random r = new Random(seed);
    List<Table> tables = new ArrayList<>();
    int n = 1 + r.nextInt(6);
    for (int t = 0; t < n; t++) {
      QualifiedName name = QualifiedName.of(r.nextBoolean() ? "public" : "App", "t" + t + NAMES[r.nextInt(NAMES.length)]);
      List<Column> cols = new ArrayList<>();
      int c = 1 + r.nextInt(NAMES.length - 1);
      for (int i = 0; i < c; i++) {
        Column col = Column.of(NAMES[i], TYPES[r.nextInt(TYPES.length)]).withNullable(r.nextBoolean());
        String d = DEFAULTS[r.nextInt(DEFAULTS.length)];
        if (d != null) col = col.withDefault(Expr.of(d));
        if (r.nextInt(4) == 0) col = col.withComment("c" + i);
        if (r.nextInt(5) == 0) col = col.withCollation(r.nextBoolean() ? "C" : "default");
        cols.add(col);
      }
      List<Constraint> cons = new ArrayList<>();
      if (r.nextBoolean()) cons.add(PrimaryKey.of(name.name() + "_pkey", cols.get(0).name()));
      if (r.nextBoolean()) cons.add(CheckConstraint.of(name.name() + "_check", "((" + "a > 0))"));
      if (r.nextBoolean() && t > 0) {
        cons.add(ForeignKey.of(name.name() + "_fk", List.of(cols.get(0).name()), tables.get(0).name(),
            List.of(tables.get(0).columns().get(0).name())));
      }
      List<Index> idx = new ArrayList<>();
      if (r.nextBoolean()) {
        idx.add(Index.of(name.name() + "_idx", r.nextBoolean(), cols.get(cols.size() - 1).name())
            .withValid(r.nextInt(4) > 0));
      }
      if (r.nextBoolean()) {
        idx.add(new Index(name.name() + "_expr", List.of(IndexKey.expression("lower(name)")), "BTREE", false, false,
            List.of(), Expr.of("(a IS NOT NULL)"), List.of(), r.nextBoolean(), null, List.of()));
      }
      tables.add(new Table(name, cols, cons, idx, List.of(), List.of(), null, null, r.nextBoolean(), false,
          r.nextBoolean() ? "comment" : null, List.of(), new SizeEstimate(r.nextInt(1000), -1)));
    }
    List<View> views = new ArrayList<>();
    if (r.nextBoolean()) {
      views.add(new View(QualifiedName.of("public", "v"), "SELECT 1;", r.nextBoolean(), List.of(), List.of(),
          List.of(tables.get(0).name()), null, List.of()));
    }
    List<Sequence> seqs = List.of(new Sequence(QualifiedName.of("public", "s"), SequenceOptions.defaults("int8"), null,
        null, null));
    List<TypeDef> types = List.of(new EnumType(QualifiedName.of("public", "mood"), List.of("a", "b"), null));
    return new Schema(Dialect.POSTGRES, List.of(Namespace.of("public"), Namespace.of("App")),
        List.of(new Extension("citext", null, null)), types, seqs, tables, views, List.of(), List.of());
  }

  @Test
  void equalSchemasHaveNoDifferences() {
    DiffRules rules = new PostgresDiffRules();
    for (long seed = 0; seed < 300; seed++) {
      Schema a = generate(seed);
      Schema b = generate(seed);
      List<Change> changes = Differ.diff(a, b, rules, DiffOptions.DEFAULT);
      assertThat(changes).as("seed " + seed).isEmpty();
      assertThat(Differ.diff(a, a, rules, new DiffOptions(List.of("App"), List.of("public.t1*"), false)))
          .as("seed " + seed).isEmpty();
    }
  }

  @Test
  void differentSchemasDiffDeterministically() {
    DiffRules rules = new PostgresDiffRules();
    for (long seed = 0; seed < 100; seed++) {
      Schema a = generate(seed);
      Schema b = generate(seed + 1000);
      assertThat(Differ.diff(a, b, rules, DiffOptions.DEFAULT)).isEqualTo(Differ.diff(a, b, rules, DiffOptions.DEFAULT));
    }
  }
}
