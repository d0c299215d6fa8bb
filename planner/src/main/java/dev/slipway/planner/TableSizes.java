package dev.slipway.planner;

import dev.slipway.model.SizeEstimate;
import dev.slipway.model.Table;
import java.util.Locale;

/**
 * How a table's recorded size grades hazards (DESIGN.md §5), the same for every dialect: above
 * {@link #LARGE_ROWS} estimated rows or {@link #LARGE_BYTES} bytes a table is large and its size-graded
 * hazards become {@code danger}; messages name the size as {@code public.orders, ~12M rows, 3.1 GB}.
 */
public final class TableSizes {
  public static final long LARGE_ROWS = 1_000_000;
  public static final long LARGE_BYTES = 1L << 30;

  private TableSizes() {}

  /** Whether the table is large (unknown sizes and new tables are not). */
  public static boolean isLarge(Table table) {
    if (table == null) return false;
    SizeEstimate s = table.size();
    return s.rows() > LARGE_ROWS || s.bytes() > LARGE_BYTES;
  }

  /** A hazard whose severity grows with the table: danger for large tables, else the code's own severity. */
  public static Hazard sized(HazardCode code, Table table, String message) {
    return new Hazard(code, isLarge(table) ? Severity.DANGER : code.baseSeverity(), message);
  }

  /**
   * {@code name, ~12M rows, 3.1 GB}, or just the name when the size is unknown. The name is the one the
   * plan uses (a renamed table keeps its current size under its new name).
   */
  public static String describe(Table table, String name) {
    if (table == null) return name;
    SizeEstimate s = table.size();
    StringBuilder b = new StringBuilder(name);
    if (s.rows() >= 0) b.append(", ~").append(rows(s.rows())).append(" rows");
    if (s.bytes() >= 0) b.append(", ").append(bytes(s.bytes()));
    return b.toString();
  }

  private static String rows(long n) {
    if (n >= 1_000_000_000L) return String.format(Locale.ROOT, "%.1fG", n / 1e9).replace(".0G", "G");
    if (n >= 1_000_000L) return Math.round(n / 1e6) + "M";
    if (n >= 1_000L) return Math.round(n / 1e3) + "k";
    return Long.toString(n);
  }

  private static String bytes(long n) {
    if (n >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
    if (n >= 1L << 20) return String.format(Locale.ROOT, "%.1f MB", n / (double) (1L << 20));
    if (n >= 1L << 10) return String.format(Locale.ROOT, "%.1f kB", n / 1024.0);
    return n + " bytes";
  }
}
