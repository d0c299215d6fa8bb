package dev.slipway.model;

import java.lang.ref.WeakReference;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The last few fingerprints computed, by schema instance. A record cannot carry a lazily computed field, and
 * keying a map by {@code Schema.equals} would walk the whole schema for every lookup; so this compares
 * instances, holds them weakly, and keeps only a handful (a command deals with two or three schemas). A
 * fingerprint being computed on one thread is waited for, not computed again, by another.
 */
final class Fingerprints {
  private static final int SLOTS = 8;
  private static final Object LOCK = new Object();
  @SuppressWarnings("unchecked")
  private static final WeakReference<Schema>[] SCHEMAS = new WeakReference[SLOTS];
  @SuppressWarnings("unchecked")
  private static final CompletableFuture<String>[] VALUES = new CompletableFuture[SLOTS];
  private static int next;

  private Fingerprints() {}

  static String of(Schema schema, Function<Schema, String> compute) {
    CompletableFuture<String> mine;
    CompletableFuture<String> theirs = null;
    synchronized (LOCK) {
      for (int i = 0; i < SLOTS && theirs == null; i++) {
        if (SCHEMAS[i] != null && SCHEMAS[i].get() == schema) theirs = VALUES[i];
      }
      if (theirs == null) {
        mine = new CompletableFuture<>();
        SCHEMAS[next] = new WeakReference<>(schema);
        VALUES[next] = mine;
        next = (next + 1) % SLOTS;
      } else {
        mine = null;
      }
    }
    if (theirs != null) {
      try {
        return theirs.join(); // waited for outside the lock
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error r) throw r;
        throw e;
      }
    }
    try {
      String value = compute.apply(schema);
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      synchronized (LOCK) { // forget the failure: a later call tries again
        for (int i = 0; i < SLOTS; i++) {
          if (VALUES[i] == mine) {
            SCHEMAS[i] = null;
            VALUES[i] = null;
          }
        }
      }
      throw e;
    }
  }
}
