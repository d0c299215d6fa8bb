package dev.slipway.model.postgres;

import dev.slipway.model.Attr;
import java.nio.charset.StandardCharsets;

/**
 * The name of a column's NOT NULL constraint where it is not the one PostgreSQL 18 would choose for it
 * ({@code <table>_<column>_not_null}). Since 18 every NOT NULL is a named constraint ({@code pg_constraint},
 * {@code contype = 'n'}) that keeps its name when its table or column is renamed, and {@code pg_dump} writes
 * {@code col type CONSTRAINT name NOT NULL} for such names (postgresql.org/docs/18/sql-createtable.html).
 * Columns whose constraint has the default name carry no attribute, so schemas read from older servers or
 * from files that never name one compare equal.
 */
public record PostgresNotNullName(String name) implements Attr {
  private static final int MAX_BYTES = 63; // NAMEDATALEN - 1

  /**
   * The name PostgreSQL 18 gives the NOT NULL constraint of {@code column} in {@code table}: its
   * {@code makeObjectName(table, column, "not_null")}, which shortens the longer of the two names until the
   * whole fits in 63 bytes (without the numeric suffix it adds when the name is taken).
   */
  public static String defaultName(String table, String column) {
    String label = "not_null";
    int avail = MAX_BYTES - (label.length() + 2);
    int t = utf8(table);
    int c = utf8(column);
    while (t + c > avail) {
      if (t > c) t--;
      else c--;
    }
    return clip(table, t) + "_" + clip(column, c) + "_" + label;
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The longest prefix of {@code s} of at most {@code bytes} UTF-8 bytes that ends on a character boundary. */
  private static String clip(String s, int bytes) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + len > bytes) break;
      used += len;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }
}
