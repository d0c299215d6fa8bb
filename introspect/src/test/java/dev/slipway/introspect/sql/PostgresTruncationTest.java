package dev.slipway.introspect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import dev.slipway.model.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario cut short at many points either still reads or fails with an IntrospectionException
 * whose message starts with file:line:column — never with any other exception.
 */
class PostgresTruncationTest {
  private static final int CUTS = 40;

  @TestFactory
  Stream<DynamicTest> truncatedFilesFailCleanly() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios/postgres"))) {
      return files.sorted().toList().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
        String text = Files.readString(p);
        for (int i = 1; i < CUTS; i++) {
          String cut = text.substring(0, text.length() * i / CUTS);
          try {
            new SqlSchemaReader(Dialect.POSTGRES).read(List.of(new SourceFile("cut.sql", cut)));
          } catch (IntrospectionException e) {
            assertThat(e.getMessage()).as("cut at %d of %s", cut.length(), p).matches("(?s)cut\\.sql:\\d+:\\d+: .+");
          } catch (RuntimeException e) {
            throw new AssertionError("cut at " + cut.length() + " of " + p + ": " + e, e);
          }
        }
      }));
    }
  }
}
