package dev.slipway.model;

/**
 * A reader's note that an object of the desired schema was renamed from {@code from}:
 * a table ({@code column == null}) or a column of {@code table}. Carries the source location for errors.
 */
public record RenameHint(QualifiedName table, String column, String from, String location) {
  public RenameHint {
    Checks.required(table, "table of rename hint");
    Checks.name(from, "rename hint for " + table);
  }

  public boolean isTable() {
    return column == null;
  }
}
