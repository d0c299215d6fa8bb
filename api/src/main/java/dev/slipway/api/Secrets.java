package dev.slipway.api;

import java.util.ArrayList;
import java.util.List;

/** Passwords this process has seen (URLs, PGPASSWORD, MYSQL_PWD); {@link #scrub} removes them from any text. */
public final class Secrets {
  private final List<String> known = new ArrayList<>();

  public Secrets() {
    remember(System.getenv("PGPASSWORD"));
    remember(System.getenv("MYSQL_PWD"));
  }

  public synchronized void remember(String secret) {
    if (secret != null && secret.length() >= 1 && !known.contains(secret)) known.add(secret);
  }

  public synchronized String scrub(String text) {
    if (text == null) return null;
    String out = text;
    for (String s : known) out = out.replace(s, "***");
    return out;
  }
}
