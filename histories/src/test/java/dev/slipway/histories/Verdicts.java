package dev.slipway.histories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a history's report against {@code known-failures.tsv} (server, application, pair, reason: the pairs
 * that do not converge yet, each with why; the README lists them): a pair that fails and is not listed fails
 * the test, and so does a listed pair that now converges (the list only shrinks). Prints one summary line
 * per history and appends it to {@code target/histories-summary.txt}.
 */
final class Verdicts {
  static final Path KNOWN = Path.of("known-failures.tsv");
  static final Path SUMMARY = Path.of("target/histories-summary.txt");

  private Verdicts() {}

  static void check(Upgrades.Report r) throws IOException {
    Map<String, String> known = known();
    List<String> problems = new ArrayList<>();
    int passed = 0;
    int knownFailing = 0;
    for (Upgrades.Pair p : r.pairs()) {
      String key = r.server() + "\t" + r.app() + "\t" + p.name();
      if (p.failure() == null) {
        passed++;
        if (known.containsKey(key)) problems.add(p.name() + ": converges now; remove it from " + KNOWN);
      } else if (known.containsKey(key)) {
        knownFailing++;
      } else {
        problems.add(p.name() + ": " + p.failure());
      }
    }
    String line = String.format("histories: %s %s: %d/%d pairs converge (%d known failures; latest schema %d dump statements), %d checkpoints rejected by the server%s",
        r.server(), r.app(), passed, r.pairs().size(), knownFailing, r.statements(), r.rejected().size(),
        r.rejected().isEmpty() ? "" : " (" + String.join("; ", r.rejected()) + ")");
    System.out.println(line);
    Files.createDirectories(SUMMARY.getParent());
    Files.writeString(SUMMARY, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    if (!problems.isEmpty()) {
      throw new AssertionError(r.app() + " on " + r.server() + ":\n" + String.join("\n", problems));
    }
  }

  private static Map<String, String> known() throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!Files.exists(KNOWN)) return out;
    for (String line : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length < 4) throw new IllegalStateException(KNOWN + ": expected server, app, pair, reason: " + line);
      out.put(f[0] + "\t" + f[1] + "\t" + f[2], f[3]);
    }
    return out;
  }
}
