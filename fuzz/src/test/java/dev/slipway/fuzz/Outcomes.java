package dev.slipway.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property every reader must keep on any input: it ends within a time bound, either with a result or
 * with one {@link IntrospectionException} whose message is one line starting {@code file:line:column: }
 * that points into one of the files read. Any other exception or error (a RuntimeException, a
 * StackOverflowError) escapes and fails the property.
 */
final class Outcomes {
  enum Outcome { RESULT, LOCATED_ERROR }

  /** A reader under test. */
  interface Read {
    Object read() throws IntrospectionException;
  }

  static final Duration BOUND = Duration.ofSeconds(5);
  private static final Pattern LOCATED = Pattern.compile("([^:\\n]+):(\\d+):(\\d+): (.*\\S.*)");

  private Outcomes() {}

  static Outcome check(List<SourceFile> files, Read read) {
    return check(files, BOUND, read);
  }

  static Outcome check(List<SourceFile> files, Duration bound, Read read) {
    Object result = assertTimeoutPreemptively(bound, () -> {
      try {
        return read.read();
      } catch (IntrospectionException e) {
        return e;
      }
    }, () -> "no answer within " + bound);
    if (result instanceof IntrospectionException e) {
      assertLocated(e.getMessage(), files);
      return Outcome.LOCATED_ERROR;
    }
    assertThat(result).as("a reader returns a result or throws; never null").isNotNull();
    return Outcome.RESULT;
  }

  /** {@code message} is one line {@code file:line:column: text} whose position lies in that file (or just past its end). */
  static void assertLocated(String message, List<SourceFile> files) {
    assertThat(message).as("one line").doesNotContain("\n", "\r");
    Matcher m = LOCATED.matcher(message);
    assertThat(m.matches()).as("located as file:line:column: %s", message).isTrue();
    SourceFile file = files.stream().filter(f -> f.name().equals(m.group(1))).findFirst().orElse(null);
    assertThat(file).as("names a file that was read: %s", message).isNotNull();
    int line = Integer.parseInt(m.group(2));
    int column = Integer.parseInt(m.group(3));
    // YAML also breaks lines at a lone CR, NEL, LS and PS (YAML 1.1 §5.4); the PostgreSQL reader at LF only.
    String[] lines = file.text().split("\r\n|[\n\r\u0085\u2028\u2029]", -1);
    assertThat(line).as("line inside the file: %s", message).isBetween(1, lines.length);
    int longest = 0;
    for (String l : file.text().split("\n", -1)) longest = Math.max(longest, l.codePointCount(0, l.length()));
    assertThat(column).as("column inside a line: %s", message).isBetween(1, longest + 2);
  }
}
