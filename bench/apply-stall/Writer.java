import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A continuous writer: one INSERT per autocommit transaction into bench.orders, as fast as it can, until
 * STOP_FILE exists. Records the gap between consecutive successful inserts (ms, System.nanoTime) and, at
 * stop, prints the longest gap and percentiles over the whole run and over the change window, whose
 * bounds run.sh writes as epoch milliseconds to WINDOW_FILE ("start end").
 *
 * usage: java -cp postgresql.jar Writer.java JDBC_URL STOP_FILE READY_FILE WINDOW_FILE
 */
public class Writer {
  public static void main(String[] args) throws Exception {
    String url = args[0];
    Path stop = Path.of(args[1]);
    Path ready = Path.of(args[2]);
    Path window = Path.of(args[3]);
    Properties p = new Properties();
    p.setProperty("user", "postgres");
    List<long[]> gaps = new ArrayList<>(1 << 16); // {end epoch ms, gap micros}
    long errors = 0;
    String lastError = null;
    try (Connection c = DriverManager.getConnection(url, p)) {
      try (var st = c.createStatement()) {
        st.execute("SET lock_timeout = 0");        // wait as long as it takes: the wait is what we measure
        st.execute("SET statement_timeout = 0");
        st.execute("SET application_name = 'bench-writer'");
      }
      PreparedStatement ps = c.prepareStatement(
          "INSERT INTO public.orders (customer_id, amount, note) VALUES (?, ?, ?)");
      long last = System.nanoTime();
      long n = 0;
      while (true) {
        if ((n & 63) == 0 && Files.exists(stop)) break;
        ThreadLocalRandom r = ThreadLocalRandom.current();
        ps.setLong(1, 1 + r.nextInt(1000));
        ps.setInt(2, r.nextInt(10_000));
        ps.setString(3, "w" + n);
        try {
          ps.executeUpdate();
        } catch (SQLException e) {
          errors++;
          lastError = e.getMessage();
          Thread.sleep(10);
          continue;
        }
        long now = System.nanoTime();
        gaps.add(new long[] {System.currentTimeMillis(), (now - last) / 1000});
        last = now;
        n++;
        if (n == 200) Files.writeString(ready, "ready\n");
      }
    }
    long ws = Long.MIN_VALUE, we = Long.MAX_VALUE;
    if (Files.exists(window)) {
      String[] w = Files.readString(window).trim().split("\\s+");
      ws = Long.parseLong(w[0]);
      if (w.length > 1) we = Long.parseLong(w[1]);
    }
    long[] all = gaps.stream().mapToLong(g -> g[1]).toArray();
    // a gap belongs to the window when it overlaps it: it ended after the start and began before the end
    final long fs = ws, fe = we;
    long[] inWindow = gaps.stream().filter(g -> g[0] >= fs && g[0] - g[1] / 1000 <= fe).mapToLong(g -> g[1]).toArray();
    long[] outside = gaps.stream().filter(g -> !(g[0] >= fs && g[0] - g[1] / 1000 <= fe)).mapToLong(g -> g[1]).toArray();
    long longestAt = 0, longest = -1;
    for (long[] g : gaps) if (g[1] > longest) { longest = g[1]; longestAt = g[0]; }
    System.out.printf("inserts=%d errors=%d%n", all.length, errors);
    if (lastError != null) System.out.println("last_error=" + lastError.replace('\n', ' '));
    print("whole_run", all);
    print("change_window", inWindow);
    print("baseline", outside);
    long stalled = 0;
    for (long g : inWindow) if (g >= 50_000) stalled += g;
    System.out.printf("change_window_time_in_gaps_over_50ms_ms=%d%n", stalled / 1000);
    if (ws != Long.MIN_VALUE) {
      System.out.printf("whole_run_longest_gap_ended_ms_after_change_start=%d%n", longestAt - ws);
      // the five longest gaps in the change window, as offsets from the change start (to match with the server log)
      gaps.stream().filter(g -> g[0] >= fs && g[0] - g[1] / 1000 <= fe)
          .sorted((a, b) -> Long.compare(b[1], a[1])).limit(5)
          .forEach(g -> System.out.printf("gap %.1f ms: from +%d to +%d ms%n", g[1] / 1000.0, g[0] - g[1] / 1000 - fs, g[0] - fs));
    }
    if (ws != Long.MIN_VALUE && we != Long.MAX_VALUE) {
      System.out.printf("change_window_ms=%d inserts_in_window=%d%n", we - ws, inWindow.length);
    }
  }

  private static void print(String label, long[] micros) {
    if (micros.length == 0) {
      System.out.println(label + ": no inserts");
      return;
    }
    long[] s = micros.clone();
    Arrays.sort(s);
    System.out.printf("%s: inserts=%d max_ms=%.1f p99_ms=%.2f p999_ms=%.2f median_ms=%.3f%n", label, s.length,
        s[s.length - 1] / 1000.0, pct(s, 0.99) / 1000.0, pct(s, 0.999) / 1000.0, pct(s, 0.5) / 1000.0);
  }

  private static long pct(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
