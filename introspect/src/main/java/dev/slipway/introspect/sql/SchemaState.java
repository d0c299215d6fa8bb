package dev.slipway.introspect.sql;

import dev.slipway.model.Dialect;
import dev.slipway.model.Extension;
import dev.slipway.model.Namespace;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Routine;
import dev.slipway.model.Sequence;
import dev.slipway.model.TypeDef;
import dev.slipway.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything read so far from all files, mutable while reading. Names PostgreSQL would invent are chosen
 * against {@link #relationNames} (pg_class: tables, indexes, sequences, views) and
 * {@link #constraintNames} (pg_constraint), both per schema, the two namespaces the server checks.
 */
final class SchemaState {
  final Dialect dialect;
  final Map<String, Namespace> namespaces = new LinkedHashMap<>();
  final Map<String, Extension> extensions = new LinkedHashMap<>();
  final Map<QualifiedName, TypeDef> types = new LinkedHashMap<>();
  final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
  final Map<QualifiedName, TableState> tables = new LinkedHashMap<>();
  final Map<QualifiedName, View> views = new LinkedHashMap<>();
  final Map<String, Routine> routines = new LinkedHashMap<>();
  final List<RenameHint> renameHints = new ArrayList<>();
  /** {@code file:line} of every rename hint attached to a table or column; the rest are errors. */
  final Set<String> consumedHints = new HashSet<>();
  /** {@code OWNED BY table.column} of a sequence, checked once every table has been read. */
  record Owner(List<String> column, String location) {}

  /** The table or materialized view each index belongs to, for COMMENT ON INDEX. */
  final Map<QualifiedName, QualifiedName> indexOwners = new HashMap<>();
  final Map<QualifiedName, Owner> pendingOwners = new LinkedHashMap<>();
  /** Where each named object was first defined, for "defined twice" messages. */
  final Map<String, String> definedAt = new HashMap<>();
  private final Map<String, Set<String>> relationNames = new HashMap<>();
  private final Map<String, Set<String>> constraintNames = new HashMap<>();
  /** The schema unqualified names go to: {@code public} unless a SET search_path said otherwise. */
  String currentSchema = "public";

  SchemaState(Dialect dialect) {
    this.dialect = dialect;
  }

  Set<String> relationNames(String schema) {
    return relationNames.computeIfAbsent(schema, k -> new HashSet<>());
  }

  Set<String> constraintNames(String schema) {
    return constraintNames.computeIfAbsent(schema, k -> new HashSet<>());
  }

  QualifiedName qualify(List<String> parts) {
    String name = PostgresNames.truncate(parts.get(parts.size() - 1));
    String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : currentSchema;
    return new QualifiedName(schema, name);
  }

  /**
   * Records the definition of {@code key} at {@code location}; returns the earlier location if the key
   * was already defined.
   */
  String define(String key, String location) {
    return definedAt.putIfAbsent(key, location);
  }
}
