package dev.slipway.model;

/** The engine's estimate of a table's rows and on-disk bytes, used to grade hazards. Not exact. */
public record SizeEstimate(long rows, long bytes) {
  public static final SizeEstimate UNKNOWN = new SizeEstimate(-1, -1);

  public boolean known() {
    return rows >= 0 || bytes >= 0;
  }
}
