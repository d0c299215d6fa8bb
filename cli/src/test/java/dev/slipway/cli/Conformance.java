package dev.slipway.cli;

import dev.slipway.api.UserException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The engine-neutral half of the sqldef conformance runs (../shared/conformance, see its README): each case
 * is judged semantically by {@link Convergence} forward and in reverse, and the results are reported per
 * category with the reason of every failure and skip. The engine ITs decide what is skipped and which
 * reading errors mean "the server itself rejects this SQL".
 */
final class Conformance {
  static final Path FLOOR = Path.of("../conformance/floor.properties");

  enum Verdict { PASS, FAIL, SKIP }

  record CaseResult(String name, String category, Verdict verdict, String reason, boolean sameSchema) {
    CaseResult(String name, String category, Verdict verdict, String reason) {
      this(name, category, verdict, reason, false);
    }
  }

  /** Cases run side by side on this many workers, each with databases of its own. */
  static final int WORKERS = Integer.getInteger("slipway.conformance.workers", 2);

  private final TestDatabase db;
  private final Function<JsonNode, String> skipReason;
  private final Predicate<IntrospectionException> serverRejected;
  private final java.util.function.UnaryOperator<String> harness;

  /**
   * {@code skipReason}: why a case cannot run on this server (null = runnable); {@code serverRejected}:
   * whether a reading error is the server refusing the case's own SQL (skipped, not failed).
   */
  Conformance(TestDatabase db, Function<JsonNode, String> skipReason,
      Predicate<IntrospectionException> serverRejected) {
    this(db, skipReason, serverRejected, sql -> sql);
  }

  /** {@code harness}: what sqldef's own harness does to a case's SQL that ours must repeat (its database name). */
  Conformance(TestDatabase db, Function<JsonNode, String> skipReason,
      Predicate<IntrospectionException> serverRejected, java.util.function.UnaryOperator<String> harness) {
    this.db = db;
    this.skipReason = skipReason;
    this.serverRejected = serverRejected;
    this.harness = harness;
  }

  /**
   * Runs every case of the corpus whose name matches {@code -Dslipway.conformance.only} (all when unset), on
   * {@link #WORKERS} workers, each check on a {@link Convergence} of its own; results come back in corpus order.
   */
  List<CaseResult> runAll(Path corpus) throws Exception {
    ObjectMapper json = new ObjectMapper();
    String only = System.getProperty("slipway.conformance.only");
    List<JsonNode> cases = new ArrayList<>();
    for (String line : Files.readAllLines(corpus)) {
      JsonNode c = json.readTree(line);
      if (only == null || c.path("name").asText().matches(only)) cases.add(c);
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(WORKERS);
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    long started = System.nanoTime();
    try (Convergence.Pool convergences = new Convergence.Pool(db)) {
      List<java.util.concurrent.Future<CaseResult>> futures = new ArrayList<>();
      for (JsonNode c : cases) {
        futures.add(pool.submit(() -> {
          CaseResult r = run(convergences, c);
          if (done.incrementAndGet() % 100 == 0) {
            System.out.printf("conformance: %d cases in %d s%n", done.get(), (System.nanoTime() - started) / 1_000_000_000L);
          }
          return r;
        }));
      }
      List<CaseResult> results = new ArrayList<>();
      for (var f : futures) results.add(f.get());
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  static boolean filtered() {
    return System.getProperty("slipway.conformance.only") != null;
  }

  /** The floor for {@code key} in conformance/floor.properties; a run without a floor fails. */
  static double floor(String key) throws IOException {
    Properties floor = new Properties();
    try (var in = Files.newBufferedReader(FLOOR)) {
      floor.load(in);
    }
    String value = floor.getProperty(key);
    if (value == null) throw new AssertionError("no floor " + key + " in " + FLOOR + ": add the measured pass rate");
    return Double.parseDouble(value);
  }

  CaseResult run(Convergence.Pool convergence, JsonNode c) {
    String name = c.path("name").asText();
    String category = c.path("file_category").asText();
    String skip = skipReason.apply(c);
    if (skip != null) return new CaseResult(name, category, Verdict.SKIP, skip);
    boolean expectError = c.path("assertion").asText().equals("error");
    String current = harness.apply(c.path("current").asText(""));
    String desired = harness.apply(c.path("desired").asText(""));
    try {
      Convergence.Result forward = convergence.check(name, current, desired);
      if (expectError) return new CaseResult(name, category, Verdict.FAIL, "expected an error, got a plan");
      if (!forward.passed()) {
        return new CaseResult(name, category, Verdict.FAIL, "forward: " + forward.failure(), forward.sameSchema());
      }
      Convergence.Result reverse = convergence.check(name + "_rev", desired, current);
      if (!reverse.passed()) return new CaseResult(name, category, Verdict.FAIL, "reverse: " + reverse.failure());
      return new CaseResult(name, category, Verdict.PASS, null, forward.sameSchema());
    } catch (Convergence.SetupException e) {
      return new CaseResult(name, category, Verdict.SKIP, e.getMessage());
    } catch (IntrospectionException e) {
      if (expectError) return refused(name, category, e, current, desired);
      if (serverRejected.test(e)) {
        return new CaseResult(name, category, Verdict.SKIP, "desired does not apply on this server: " + e.getMessage());
      }
      return new CaseResult(name, category, Verdict.FAIL, "reading: " + e.getMessage());
    } catch (Exception | AssertionError e) {
      if (expectError) return refused(name, category, e, current, desired);
      return new CaseResult(name, category, Verdict.FAIL, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static final java.util.regex.Pattern TABLE_NAME =
      java.util.regex.Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[`\"]?(?:\\w+[`\"]?\\.[`\"]?)?(\\w+)");

  /**
   * A case that expects an error passes only on the error a user should get: one of the domain exceptions
   * that the CLI turns into a one-line message and exit 1 (input the reader, differ or planner refuses),
   * whose message names a table of the case. A crash (NullPointerException, an assertion, a server error
   * while applying) is a failure, not a refusal.
   */
  static CaseResult refused(String name, String category, Throwable e, String current, String desired) {
    boolean inputError = e instanceof IntrospectionException || e instanceof dev.slipway.differ.DiffException
        || e instanceof dev.slipway.planner.PlanningException || e instanceof dev.slipway.model.InvalidModelException
        || e instanceof UserException;
    if (!inputError) {
      return new CaseResult(name, category, Verdict.FAIL, "expected an input error, got "
          + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    String message = String.valueOf(e.getMessage());
    java.util.regex.Matcher m = TABLE_NAME.matcher(current + "\n" + desired);
    boolean named = false;
    while (m.find() && !named) named = message.contains(m.group(1));
    if (!named) {
      return new CaseResult(name, category, Verdict.FAIL, "the error names no table of the case: " + message);
    }
    return new CaseResult(name, category, Verdict.PASS, "refused: " + message);
  }

  /** Pass rate per category, failures with reasons, skips with reasons. */
  record Report(List<CaseResult> results) {
    long count(Verdict v) {
      return results.stream().filter(r -> r.verdict() == v).count();
    }

    double passRate() {
      long runnable = count(Verdict.PASS) + count(Verdict.FAIL);
      return runnable == 0 ? 0 : 100.0 * count(Verdict.PASS) / runnable;
    }

    String headline(String engine) {
      long same = results.stream().filter(CaseResult::sameSchema).count();
      long sameEmpty = results.stream().filter(r -> r.sameSchema() && r.verdict() == Verdict.PASS).count();
      return String.format(java.util.Locale.ROOT, "conformance %s: %d/%d runnable cases pass (%.1f%%), %d skipped; "
              + "%d/%d cases whose current and desired are the same schema plan empty",
          engine, count(Verdict.PASS), count(Verdict.PASS) + count(Verdict.FAIL), passRate(), count(Verdict.SKIP),
          sameEmpty, same);
    }

    String markdown(String engine) {
      StringBuilder b = new StringBuilder("# sqldef conformance on ").append(engine).append("\n\n")
          .append(headline(engine)).append("\n\n| category | pass | fail | skip | pass rate |\n|---|---|---|---|---|\n");
      Map<String, long[]> byCategory = new TreeMap<>();
      for (CaseResult r : results) byCategory.computeIfAbsent(r.category(), k -> new long[3])[r.verdict().ordinal()]++;
      byCategory.forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %s |%n", k, v[0], v[1],
          v[2], v[0] + v[1] == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.0f%%", 100.0 * v[0] / (v[0] + v[1])))));
      b.append("\n## Failures\n\n");
      results.stream().filter(r -> r.verdict() == Verdict.FAIL)
          .forEach(r -> b.append("- **").append(r.name()).append("** (").append(r.category()).append("): ")
              .append(r.reason().replace("\n", "<br>")).append('\n'));
      b.append("\n## Skipped\n\n");
      results.stream().filter(r -> r.verdict() == Verdict.SKIP)
          .forEach(r -> b.append("- ").append(r.name()).append(": ").append(r.reason().replace("\n", " ")).append('\n'));
      return b.toString();
    }

    /** Writes the Markdown report and prints the headline. */
    Path write(Path out, String engine) throws IOException {
      Files.createDirectories(out.getParent());
      Files.writeString(out, markdown(engine));
      System.out.println(headline(engine) + " (details: " + out.toAbsolutePath() + ")");
      return out;
    }
  }
}
