package dev.slipway.introspect.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs the fuzz module (YamlReaderFuzzTest) found mishandled, kept as regressions. */
class YamlFuzzFindingsTest {
  private static String error(String yaml) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> new YamlSchemaReader().read(List.of(new SourceFile("s.yaml", yaml))));
    assertThat(t).isInstanceOf(IntrospectionException.class);
    return t.getMessage();
  }

  /** Block mappings nested thousands deep overflowed the stack (a StackOverflowError, no location). */
  @Test
  void deepBlockNestingIsALocatedError() {
    StringBuilder b = new StringBuilder("dialect: postgresql\ntables:\n");
    for (int i = 0; i < 3000; i++) b.append(" ".repeat(i + 2)).append("k:\n");
    assertThat(error(b.toString())).startsWith("s.yaml:").contains("nested more than 64 levels deep");
  }

  @Test
  void deepFlowNestingIsALocatedError() {
    String yaml = "dialect: postgresql\ntables: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    assertThat(error(yaml)).matches("s\\.yaml:2:\\d+: .*");
  }

  /** One 10-million-character token kept SnakeYAML's scanner busy for minutes (its window is copied per KiB). */
  @Test
  void aHugeTokenIsRefusedWhereItStarts() {
    String yaml = "dialect: postgresql\ntables:\n  a:\n    comment: \"" + "s".repeat(10_000_000);
    assertThat(error(yaml)).startsWith("s.yaml:4:14: more than 5000000 characters without a space or line break");
  }

  @Test
  void aLongValueWithSpacesIsStillRead() throws Exception {
    String comment = "word ".repeat(2_000_000).strip();
    String yaml = "dialect: postgresql\ntables:\n  a:\n    columns: [{name: id, type: int}]\n    comment: \"" + comment + "\"\n";
    var schema = new YamlSchemaReader().read(List.of(new SourceFile("s.yaml", yaml)));
    assertThat(schema.tables().get(0).comment()).isEqualTo(comment);
  }

  /** A quoted scalar with a line break, repeated in the message, keeps the message on one line. */
  @Test
  void messageQuotingAMultiLineScalarIsOneLine() {
    assertThat(error("dialect: \"post\n  gres\\nql\"\n")).startsWith("s.yaml:1:10: ").doesNotContain("\n");
  }
}
