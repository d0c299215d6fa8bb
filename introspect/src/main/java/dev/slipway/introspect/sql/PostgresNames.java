package dev.slipway.introspect.sql;

import dev.slipway.model.postgres.PostgresObjectNames;
import java.util.List;
import java.util.Set;

/**
 * The names PostgreSQL invents for unnamed objects, reproduced from {@code makeObjectName} and
 * {@code ChooseRelationName}/{@code ChooseConstraintName} in src/backend/commands/indexcmds.c:
 * {@code name1_name2_label}, the longer part trimmed until the whole fits in 63 bytes, and
 * {@code label1}, {@code label2}, … appended on collision.
 */
final class PostgresNames {
  /** NAMEDATALEN - 1: identifiers longer than this are truncated by the server. */
  static final int MAX_BYTES = PostgresObjectNames.MAX_BYTES;

  private PostgresNames() {}

  /** Picks a name not in {@code used} and reserves it. */
  static String choose(String name1, String name2, String label, Set<String> used) {
    String name = make(name1, name2, label);
    for (int pass = 1; used.contains(name); pass++) {
      name = make(name1, name2, label + pass);
    }
    used.add(name);
    return name;
  }

  static String make(String name1, String name2, String label) {
    return PostgresObjectNames.make(name1, name2, label);
  }

  /** Column names joined by underscores as ChooseIndexNameAddition does, stopping once past NAMEDATALEN. */
  static String addition(List<String> columns) {
    StringBuilder b = new StringBuilder();
    for (String c : columns) {
      if (b.length() > 0) b.append('_');
      b.append(c);
      if (bytes(b.toString()) >= MAX_BYTES + 1) break;
    }
    return b.toString();
  }

  /** The server silently truncates identifiers to 63 bytes (never splitting a character). */
  static String truncate(String name) {
    return bytes(name) <= MAX_BYTES ? name : clip(name, MAX_BYTES);
  }

  static int bytes(String s) {
    return PostgresObjectNames.bytes(s);
  }

  private static String clip(String s, int maxBytes) {
    return PostgresObjectNames.clip(s, maxBytes);
  }
}
