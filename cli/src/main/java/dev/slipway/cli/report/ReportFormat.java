package dev.slipway.cli.report;

import java.util.Locale;

/** The output formats of {@code plan} and {@code drift}. */
public enum ReportFormat {
  TEXT, SQL, JSON, MARKDOWN;

  public static ReportFormat parse(String value, ReportFormat... allowed) {
    for (ReportFormat f : allowed) {
      if (f.name().equalsIgnoreCase(value)) return f;
    }
    StringBuilder names = new StringBuilder();
    for (ReportFormat f : allowed) names.append(names.length() == 0 ? "" : ", ").append(f.name().toLowerCase(Locale.ROOT));
    throw new IllegalArgumentException("unknown format '" + value + "': use " + names);
  }
}
