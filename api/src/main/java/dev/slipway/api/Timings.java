package dev.slipway.api;

import java.lang.management.ManagementFactory;

/**
 * With {@code SLIPWAY_TIMINGS=1} in the environment, prints to stderr when each phase of a command ends,
 * in milliseconds since the JVM started: how a slow plan splits into start-up, reading each side, diffing
 * and planning ({@code bench/} uses it). Off by default; never prints names of more than the database.
 */
public final class Timings {
  private static final boolean ON = System.getenv("SLIPWAY_TIMINGS") != null;

  private Timings() {}

  public static void mark(String phase) {
    if (!ON) return;
    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.err.println("slipway: timing: " + ms + " ms " + phase + " [" + Thread.currentThread().getName() + "]");
  }
}
