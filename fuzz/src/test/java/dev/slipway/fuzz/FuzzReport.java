package dev.slipway.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the inputs each property tried and how they ended, and writes them, with the property's seed, to
 * stdout and to {@code target/fuzz-report.txt} (one line per property and run; the file accumulates over
 * the surefire and failsafe passes of one build).
 */
final class FuzzReport {
  private static final Map<String, Map<String, AtomicLong>> COUNTS = new TreeMap<>();
  static final Path FILE = Path.of("target", "fuzz-report.txt");

  private FuzzReport() {}

  static synchronized void count(String target, Object outcome) {
    COUNTS.computeIfAbsent(target, t -> new TreeMap<>()).computeIfAbsent(String.valueOf(outcome), o -> new AtomicLong())
        .incrementAndGet();
  }

  /** Writes and forgets the counts of {@code target}. */
  static synchronized void write(String target, String seed, String pass) {
    Map<String, AtomicLong> c = COUNTS.remove(target);
    long total = c == null ? 0 : c.values().stream().mapToLong(AtomicLong::get).sum();
    String line = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " fuzz: " + target + (pass.isEmpty() ? "" : " [" + pass + "]") + ": " + total + " inputs tried"
        + (c == null ? "" : " " + c) + ", seed " + seed;
    System.out.println(line);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
