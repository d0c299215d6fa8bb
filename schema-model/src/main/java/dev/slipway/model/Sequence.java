package dev.slipway.model;

/**
 * A standalone sequence. {@code ownedBy} names the column whose drop drops it ({@code OWNED BY t.c}),
 * as {@code table} plus {@code ownedByColumn}; both null when unowned. Identity sequences are not listed.
 */
public record Sequence(
    QualifiedName name, SequenceOptions options, QualifiedName ownedByTable, String ownedByColumn,
    String comment) {
  public Sequence {
    Checks.required(name, "sequence name");
    Checks.required(options, "options of sequence " + name);
    if ((ownedByTable == null) != (ownedByColumn == null)) {
      throw new InvalidModelException("sequence " + name + ": OWNED BY needs both a table and a column");
    }
  }
}
