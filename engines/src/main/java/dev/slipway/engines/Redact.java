package dev.slipway.engines;

/** Removes passwords from URLs before they reach any message. */
public final class Redact {
  private Redact() {}

  /** {@code scheme://user:secret@host} → {@code scheme://user:***@host}; {@code password=x} → {@code password=***}. */
  public static String url(String url) {
    if (url == null) return null;
    return url.replaceAll("(//[^/:@]*:)[^@/]*@", "$1***@")
        .replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
