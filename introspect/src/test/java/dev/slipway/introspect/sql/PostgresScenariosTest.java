package dev.slipway.introspect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.introspect.SourceFile;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Dialect;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.Table;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.View;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file reads without error. For each scenario, {@code postgres-dumps/} holds what
 * {@code pg_dump --schema-only} (15.18) printed after the file was applied to a real server; reading
 * that dump must give the same structure — names PostgreSQL invented, type spellings, nullability,
 * keys, sequences — as reading the source. Expression text is not compared: only the server
 * canonicalises it.
 */
class PostgresScenariosTest {
  private static final Path ROOT = Path.of("src/test/resources/scenarios");

  @Test
  void thereAreAtLeastFortyScenarios() throws IOException {
    assertThat(files("postgres")).hasSizeGreaterThanOrEqualTo(40);
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioReads() throws IOException {
    List<Path> all = new ArrayList<>(files("postgres"));
    all.addAll(files("postgres15"));
    return all.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      Schema s = read(p);
      assertThat(s.tables().size() + s.views().size() + s.routines().size()).isPositive();
    }));
  }

  @TestFactory
  Stream<DynamicTest> dumpOfTheAppliedScenarioReadsTheSame() throws IOException {
    return files("postgres").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      Path dump = ROOT.resolve("postgres-dumps").resolve(p.getFileName());
      assertThat(projection(read(dump))).isEqualTo(projection(read(p)));
    }));
  }

  private static List<Path> files(String dir) throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
      return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
  }

  private static Schema read(Path p) throws Exception {
    String text = Files.readString(p, StandardCharsets.UTF_8);
    return new SqlSchemaReader(Dialect.POSTGRES).read(List.of(new SourceFile(p.getFileName().toString(), text)));
  }

  /** The parts of a schema that must not depend on how the DDL was spelled. */
  static String projection(Schema s) {
    StringBuilder b = new StringBuilder();
    s.namespaces().forEach(n -> b.append("schema ").append(n.name()).append('\n'));
    s.types().forEach(t -> b.append("type ").append(t instanceof dev.slipway.model.DomainType d
        ? d.name() + " " + d.baseType() + d.notNull() + d.collation() + d.checks().stream().map(k -> k.name()).toList()
        : t).append('\n'));
    for (Sequence q : s.sequences()) b.append(q).append('\n');
    for (Table t : s.tables()) {
      b.append("table ").append(t.name()).append(" rls=").append(t.rowSecurity()).append('/').append(t.forceRowSecurity())
          .append(" part=").append(t.partitioning()).append(" of=").append(t.partitionOf()).append(" attrs=")
          .append(t.attrs()).append('\n');
      for (Column c : t.columns()) {
        b.append("  column ").append(c.name()).append(' ').append(c.type()).append(c.nullable() ? "" : " not null")
            .append(c.identity() == null ? "" : " " + c.identity()).append(c.generated() == null ? "" : " generated")
            .append(c.collation() == null ? "" : " collate " + c.collation())
            .append(c.defaultValue() != null && c.defaultValue().text().startsWith("nextval") ? " " + c.defaultValue() : "")
            .append(c.comment() == null ? "" : " comment " + c.comment()).append('\n');
      }
      for (Constraint k : t.constraints()) {
        b.append("  constraint ").append(k.name()).append(' ').append(k.getClass().getSimpleName())
            .append(" valid=").append(k.valid());
        if (k instanceof PrimaryKey pk) b.append(' ').append(pk.columns()).append(pk.include());
        if (k instanceof UniqueConstraint u) b.append(' ').append(u.columns()).append(u.deferrability());
        if (k instanceof ForeignKey f) {
          b.append(' ').append(f.columns()).append(f.referencedTable()).append(f.referencedColumns())
              .append(f.onDelete()).append(f.onUpdate()).append(f.match()).append(f.deferrability());
        }
        b.append(k.comment() == null ? "" : " comment " + k.comment()).append('\n');
      }
      for (Index i : t.indexes()) b.append("  ").append(indexText(i)).append('\n');
      t.triggers().forEach(tr -> b.append("  trigger ").append(tr.name()).append(' ').append(tr.function()).append('\n'));
      t.policies().forEach(p -> b.append("  policy ").append(p.name()).append(' ').append(p.command())
          .append(p.permissive()).append(p.roles()).append('\n'));
    }
    for (View v : s.views()) {
      b.append("view ").append(v.name()).append(v.materialized()).append(v.comment()).append('\n');
      for (Index i : v.indexes()) b.append("  ").append(indexText(i)).append('\n');
    }
    s.routines().forEach(r -> b.append("routine ").append(r.signature()).append(' ').append(r.kind())
        .append(' ').append(r.language()).append(' ').append(r.comment()).append('\n'));
    return b.toString();
  }

  private static String indexText(Index i) {
    StringBuilder b = new StringBuilder("index ").append(i.name()).append(' ').append(i.method()).append(i.unique() ? " unique" : "");
    i.keys().forEach(k -> b.append(" [").append(k.column() != null ? k.column() : "expr").append(' ')
        .append(k.collation()).append(' ').append(k.order()).append(' ').append(k.nulls()).append(']'));
    return b.append(" include=").append(i.include()).append(" partial=").append(i.predicate() != null)
        .append(" with=").append(i.storageParameters()).append(" comment=").append(i.comment()).toString();
  }
}
