package dev.slipway.cli;

import dev.slipway.api.UserException;
import dev.slipway.api.SchemaLoader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invalid UTF-8 is reported at the first byte the decoder refuses (found by the fuzz module: a hand walk
 * that only checked lead and continuation bits passed overlong forms and encoded surrogates, and named a
 * later line).
 */
class SchemaLoaderUtf8Test {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "overlong NUL,          C080,     2:3",
    "overlong 3-byte,       E08080,   2:3",
    "encoded surrogate,     EDA080,   2:3",
    "past U+10FFFF,         F4908080, 2:3",
    "stray continuation,    80,       2:3",
    "never-used byte,       FF,       2:3",
    "truncated at the end,  E282,     2:3",
  })
  void locatedAtTheFirstRefusedByte(String name, String hex, String where) throws Exception {
    // "é\n€x" + junk + "\nCREATE ..." : the junk sits on line 2 after two code points.
    byte[] head = "é\n€x".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] junk = java.util.HexFormat.of().parseHex(hex);
    byte[] tail = "\nCREATE TABLE a (id int);\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + junk.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(junk, 0, all, head.length, junk.length);
    System.arraycopy(tail, 0, all, head.length + junk.length, tail.length);
    if (name.startsWith("truncated")) all = java.util.Arrays.copyOf(all, head.length + junk.length);
    Path f = dir.resolve("bad.sql");
    Files.write(f, all);
    assertThatThrownBy(() -> SchemaLoader.readFiles(f)).isInstanceOf(UserException.class)
        .hasMessage(f + ":" + where + ": not valid UTF-8 text");
  }

  @ParameterizedTest
  @CsvSource({"F09F9880", "EFBBBF", "E282AC"})
  void validSequencesAreRead(String hex) throws Exception {
    Path f = dir.resolve("ok.sql");
    Files.write(f, java.util.HexFormat.of().parseHex(hex));
    assertThat(SchemaLoader.readFiles(f)).singleElement()
        .satisfies(s -> assertThat(s.text()).isEqualTo(new String(java.util.HexFormat.of().parseHex(hex),
            java.nio.charset.StandardCharsets.UTF_8)));
  }
}
