package dev.slipway.introspect;

/** A desired-state file as read from disk: its display name (for file:line:column errors) and its text. */
public record SourceFile(String name, String text) {
  public SourceFile {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("source file without a name");
    text = text == null ? "" : text;
  }
}
