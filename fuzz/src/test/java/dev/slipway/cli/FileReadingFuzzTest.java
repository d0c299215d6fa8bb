package dev.slipway.cli;

import dev.slipway.api.UserException;
import dev.slipway.api.SchemaLoader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import dev.slipway.introspect.sql.SqlSchemaReader;
import dev.slipway.introspect.yaml.YamlSchemaReader;
import dev.slipway.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The CLI's file reading ({@link SchemaLoader#readFiles}) on bytes that are not (all) UTF-8: overlong
 * forms, surrogates encoded in UTF-8, truncated sequences, stray continuation bytes, bytes that never
 * occur. Either the text decodes and a reader answers as usual, or one {@link UserException} names
 * file:line:column, and that position is where the first bad byte is (counted in code points). Lives in
 * the cli package: readFiles is package-private.
 */
class FileReadingFuzzTest {
  static final String SEED = "404";
  private static final Pattern LOCATED = Pattern.compile("(.+):(\\d+):(\\d+): not valid UTF-8 text");
  private static final AtomicLong TRIED = new AtomicLong();
  private static final AtomicLong REFUSED = new AtomicLong();

  /** A UTF-8 text with a few byte-level edits, and the file suffix it is read under. */
  record Bytes(byte[] bytes, String suffix, List<String> edits) {
    @Override
    public String toString() {
      return suffix + " " + edits + " (" + bytes.length + " bytes)";
    }
  }

  @Property(tries = 1500, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
  void invalidUtf8IsLocatedAtTheFirstBadByte(@ForAll("bytes") Bytes in) throws Exception {
    Path dir = Files.createTempDirectory("fuzz");
    Path file = dir.resolve("in" + in.suffix());
    Files.write(file, in.bytes());
    TRIED.incrementAndGet();
    Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      try {
        return SchemaLoader.readFiles(file);
      } catch (UserException e) {
        return e;
      }
    });
    try {
      if (outcome instanceof UserException e) {
        REFUSED.incrementAndGet();
        Matcher m = LOCATED.matcher(e.getMessage());
        assertThat(m.matches()).as(e.getMessage()).isTrue();
        assertThat(m.group(1)).isEqualTo(file.toString());
        assertThat(m.group(2) + ":" + m.group(3)).isEqualTo(firstBadByte(in.bytes()));
        return;
      }
      @SuppressWarnings("unchecked")
      List<SourceFile> files = (List<SourceFile>) outcome;
      assertThat(firstBadByte(in.bytes())).as("decoded although invalid").isNull();
      // Valid UTF-8 after all: the readers take it from here (their own properties cover them).
      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
        try {
          if (in.suffix().equals(".sql")) new SqlSchemaReader(Dialect.POSTGRES).read(files);
          else new YamlSchemaReader().read(files);
        } catch (IntrospectionException expected) {
          assertThat(expected.getMessage()).matches("[^:\\n]+:\\d+:\\d+: [^\\n]+");
        }
      });
    } finally {
      Files.delete(file);
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<Bytes> bytes() {
    Arbitrary<String> text = Arbitraries.of(
        "CREATE TABLE a (\n  id int PRIMARY KEY,\n  name text DEFAULT 'é€😀'\n);\n",
        "dialect: postgresql\ntables:\n  a:\n    columns:\n      - {name: id, type: int, comment: \"é€😀\"}\n",
        "-- ünïcödé\nCREATE TABLE \"tä\" (x int);\n");
    Arbitrary<byte[]> junk = Arbitraries.oneOf(
        Arbitraries.of(new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xC1, (byte) 0xBF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF8},
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xBF},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {0}),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4));
    Arbitrary<List<Edit>> edits = Combinators.combine(Arbitraries.doubles().between(0, 1), junk,
        Arbitraries.of(true, false)).as(Edit::new).list().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(text, edits).as((t, es) -> {
      byte[] b = t.getBytes(StandardCharsets.UTF_8);
      List<String> described = new ArrayList<>();
      for (Edit e : es) {
        b = e.apply(b);
        described.add(e.toString());
      }
      return new Bytes(b, t.startsWith("dialect") ? ".yaml" : ".sql", described);
    });
  }

  record Edit(double at, byte[] junk, boolean replace) {
    byte[] apply(byte[] b) {
      int pos = (int) Math.min(b.length, Math.floor(at * (b.length + 1)));
      int cut = replace ? Math.min(b.length, pos + junk.length) : pos;
      byte[] out = new byte[pos + junk.length + b.length - cut];
      System.arraycopy(b, 0, out, 0, pos);
      System.arraycopy(junk, 0, out, pos, junk.length);
      System.arraycopy(b, cut, out, pos + junk.length, b.length - cut);
      return out;
    }

    @Override
    public String toString() {
      StringBuilder h = new StringBuilder();
      for (byte x : junk) h.append(String.format("%02X", x & 0xff));
      return (replace ? "replace@" : "insert@") + String.format("%.3f", at) + "=" + h;
    }
  }

  /** line:column of the first byte a strict decoder rejects, by an independent walk; null when all is valid. */
  static String firstBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder();
    int line = 1;
    int column = 1;
    int i = 0;
    while (i < bytes.length) {
      int len = 1;
      boolean ok = false;
      for (int n = 1; n <= 4 && i + n <= bytes.length; n++) {
        try {
          String s = decoder.decode(java.nio.ByteBuffer.wrap(bytes, i, n)).toString();
          if (s.codePointCount(0, s.length()) == 1) {
            ok = true;
            len = n;
            break;
          }
        } catch (java.nio.charset.CharacterCodingException e) {
          // try a longer sequence
        }
      }
      if (!ok) return line + ":" + column;
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += len;
    }
    return null;
  }

  @AfterContainer
  static void report() {
    String line = "fuzz: SchemaLoader.readFiles (bytes): " + TRIED.get() + " inputs tried {" + REFUSED.get()
        + " refused as invalid UTF-8}, seed " + SEED;
    System.out.println(line);
    try {
      Path f = Path.of("target", "fuzz-report.txt");
      Files.createDirectories(f.getParent());
      Files.writeString(f, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " " + line
          + System.lineSeparator(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
