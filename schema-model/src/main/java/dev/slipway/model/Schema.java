package dev.slipway.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole schema as one immutable value: the namespaces Slipway manages and every object in them,
 * each list sorted by name so that equal schemas are equal records and print the same.
 * {@code renameHints} come from the desired-state readers and are not part of the fingerprint.
 */
public record Schema(
    Dialect dialect,
    List<Namespace> namespaces,
    List<Extension> extensions,
    List<TypeDef> types,
    List<Sequence> sequences,
    List<Table> tables,
    List<View> views,
    List<Routine> routines,
    @NotFingerprinted List<RenameHint> renameHints) {

  public Schema {
    Checks.required(dialect, "dialect");
    namespaces = Checks.sortedUnique(namespaces, Namespace::name, "schema");
    extensions = Checks.sortedUnique(extensions, Extension::name, "extension");
    types = Checks.sortedUnique(types, TypeDef::name, "type");
    sequences = Checks.sortedUnique(sequences, Sequence::name, "sequence");
    tables = Checks.sortedUnique(tables, Table::name, "table");
    views = Checks.sortedUnique(views, View::name, "view");
    routines = Checks.sortedUnique(routines, Routine::signature, "routine");
    renameHints = Checks.list(renameHints);
    Map<QualifiedName, String> relations = new HashMap<>();
    for (Table t : tables) relations.put(t.name(), "table");
    for (View v : views) claim(relations, v.name(), v.materialized() ? "materialized view" : "view");
    for (Sequence s : sequences) claim(relations, s.name(), "sequence");
  }

  private static void claim(Map<QualifiedName, String> relations, QualifiedName name, String kind) {
    String other = relations.putIfAbsent(name, kind);
    if (other != null) {
      throw new InvalidModelException(kind + " " + name + " has the same name as a " + other);
    }
  }

  public static Schema empty(Dialect dialect) {
    return new Schema(dialect, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** A schema with the given tables and nothing else. */
  public static Schema of(Dialect dialect, List<Namespace> namespaces, List<Table> tables) {
    return new Schema(dialect, namespaces, List.of(), List.of(), List.of(), tables, List.of(), List.of(), List.of());
  }

  public Optional<Table> findTable(QualifiedName name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Table requireTable(QualifiedName name) {
    return findTable(name).orElseThrow(() -> new InvalidModelException("no table " + name));
  }

  public Optional<View> findView(QualifiedName name) {
    return views.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public Optional<TypeDef> findType(QualifiedName name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<Sequence> findSequence(QualifiedName name) {
    return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public Schema withTables(List<Table> value) {
    return new Schema(dialect, namespaces, extensions, types, sequences, value, views, routines, renameHints);
  }

  public Schema withViews(List<View> value) {
    return new Schema(dialect, namespaces, extensions, types, sequences, tables, value, routines, renameHints);
  }

  public Schema withRenameHints(List<RenameHint> value) {
    return new Schema(dialect, namespaces, extensions, types, sequences, tables, views, routines, value);
  }

  /** The canonical text the fingerprint is computed over; equal schemas give equal text. */
  public String canonicalText() {
    StringBuilder out = new StringBuilder(4096);
    Canonical.write(this, out);
    return out.toString();
  }

  /**
   * {@code sha256:<hex>} over {@link #canonicalText()}: stable across runs and JVMs, blind to size
   * estimates and rename hints. The text is hashed as it is written, never held whole; the result is
   * remembered for this instance (a plan asks for both sides' fingerprints, apply asks again), so it can
   * also be computed ahead, on another thread, by whoever reads the schema; a call meanwhile waits for it.
   */
  public String fingerprint() {
    return Fingerprints.of(this, Schema::computeFingerprint);
  }

  private static String computeFingerprint(Schema schema) {
    try {
      Canonical.DigestSink sink = new Canonical.DigestSink(MessageDigest.getInstance("SHA-256"));
      Canonical.write(schema, sink);
      return "sha256:" + HexFormat.of().formatHex(sink.finish());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
