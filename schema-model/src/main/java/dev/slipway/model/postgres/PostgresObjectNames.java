package dev.slipway.model.postgres;

import java.nio.charset.StandardCharsets;

/**
 * PostgreSQL's {@code makeObjectName} (src/backend/commands/indexcmds.c), which every name the server invents
 * is built with: {@code name1_name2_label}, the longer of the two names trimmed until the whole fits in 63
 * bytes, never splitting a character.
 */
public final class PostgresObjectNames {
  /** NAMEDATALEN - 1: identifiers longer than this are truncated by the server. */
  public static final int MAX_BYTES = 63;

  private PostgresObjectNames() {}

  /** {@code name1_name2_label}; {@code name2} and {@code label} may be null. */
  public static String make(String name1, String name2, String label) {
    int overhead = (name2 == null ? 0 : 1) + (label == null ? 0 : bytes(label) + 1);
    int avail = MAX_BYTES - overhead;
    int n1 = bytes(name1);
    int n2 = name2 == null ? 0 : bytes(name2);
    while (n1 + n2 > avail) {
      if (n1 > n2) n1--;
      else n2--;
    }
    StringBuilder b = new StringBuilder(clip(name1, n1));
    if (name2 != null) b.append('_').append(clip(name2, n2));
    if (label != null) b.append('_').append(label);
    return b.toString();
  }

  public static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes that ends on a character boundary. */
  public static String clip(String s, int maxBytes) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + len > maxBytes) break;
      used += len;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }
}
