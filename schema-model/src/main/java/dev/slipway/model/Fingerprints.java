package dev.slipway.model;

import java.lang.ref.WeakReference;

/**
 * The last few fingerprints computed, by schema instance. A record cannot carry a lazily computed field, and
 * keying a map by {@code Schema.equals} would walk the whole schema for every lookup; so this compares
 * instances, holds them weakly, and keeps only a handful (a command deals with two or three schemas).
 */
final class Fingerprints {
  private static final int SLOTS = 8;
  private static final Object LOCK = new Object();
  @SuppressWarnings("unchecked")
  private static final WeakReference<Schema>[] SCHEMAS = new WeakReference[SLOTS];
  private static final String[] VALUES = new String[SLOTS];
  private static int next;

  private Fingerprints() {}

  static String known(Schema schema) {
    synchronized (LOCK) {
      for (int i = 0; i < SLOTS; i++) {
        if (SCHEMAS[i] != null && SCHEMAS[i].get() == schema) return VALUES[i];
      }
      return null;
    }
  }

  static void remember(Schema schema, String fingerprint) {
    synchronized (LOCK) {
      SCHEMAS[next] = new WeakReference<>(schema);
      VALUES[next] = fingerprint;
      next = (next + 1) % SLOTS;
    }
  }
}
