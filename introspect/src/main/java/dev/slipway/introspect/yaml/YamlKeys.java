package dev.slipway.introspect.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every key the reader accepts, per kind of YAML object. The reader rejects any other key; the JSON Schema
 * in docs/schema/slipway-schema.json has one {@code $defs} entry per name here (a test keeps the two equal).
 */
final class YamlKeys {
  static final Set<String> TOP = Set.of("dialect", "default_schema", "schemas", "extensions", "types",
      "sequences", "tables", "views", "routines");
  static final Set<String> NAMESPACE = Set.of("name", "comment");
  static final Set<String> EXTENSION = Set.of("name", "schema", "version");
  static final Set<String> ENUM = Set.of("name", "schema", "kind", "labels", "comment");
  static final Set<String> DOMAIN = Set.of("name", "schema", "kind", "type", "not_null", "default",
      "collation", "checks", "comment");
  static final Set<String> COMPOSITE = Set.of("name", "schema", "kind", "attributes", "comment");
  static final Set<String> COMPOSITE_ATTRIBUTE = Set.of("name", "type", "collation");
  static final Set<String> SEQUENCE = Set.of("name", "schema", "type", "start", "increment", "min", "max",
      "cache", "cycle", "owned_by", "comment");
  static final Set<String> OWNED_BY = Set.of("table", "column");
  static final Set<String> TABLE = Set.of("name", "schema", "renamed_from", "columns", "primary_key", "unique",
      "checks", "foreign_keys", "exclusions", "indexes", "partitioning", "partition_of", "row_security",
      "force_row_security", "policies", "triggers", "options", "comment");
  static final Set<String> COLUMN = Set.of("name", "type", "nullable", "not_null", "default", "identity",
      "generated", "collation", "comment", "renamed_from", "mysql");
  static final Set<String> IDENTITY = Set.of("generation", "type", "start", "increment", "min", "max", "cache",
      "cycle");
  static final Set<String> GENERATED = Set.of("expression", "stored");
  static final Set<String> MYSQL_COLUMN = Set.of("auto_increment", "on_update", "charset");
  static final Set<String> PRIMARY_KEY = Set.of("name", "columns", "include", "comment");
  static final Set<String> UNIQUE = Set.of("name", "columns", "include", "nulls_not_distinct", "deferrable",
      "comment");
  static final Set<String> CHECK = Set.of("name", "expression", "valid", "no_inherit", "comment");
  static final Set<String> FOREIGN_KEY = Set.of("name", "columns", "references", "on_delete", "on_update",
      "match", "deferrable", "valid", "comment");
  static final Set<String> REFERENCES = Set.of("table", "columns");
  static final Set<String> EXCLUSION = Set.of("name", "definition", "deferrable", "comment");
  static final Set<String> INDEX = Set.of("name", "columns", "method", "unique", "nulls_not_distinct",
      "include", "where", "with", "valid", "comment");
  static final Set<String> INDEX_KEY = Set.of("column", "expression", "opclass", "collation", "order", "nulls",
      "prefix_length");
  static final Set<String> PARTITIONING = Set.of("strategy", "keys");
  static final Set<String> PARTITION_OF = Set.of("parent", "bound");
  static final Set<String> POLICY = Set.of("name", "permissive", "command", "roles", "using", "with_check",
      "comment");
  static final Set<String> TRIGGER = Set.of("name", "definition", "function", "enabled", "comment");
  static final Set<String> POSTGRES_OPTIONS = Set.of("unlogged", "storage_parameters", "replica_identity");
  static final Set<String> MYSQL_OPTIONS = Set.of("engine", "charset", "collation", "row_format");
  static final Set<String> VIEW = Set.of("name", "schema", "query", "materialized", "options", "indexes",
      "depends_on", "comment");
  static final Set<String> ROUTINE = Set.of("name", "schema", "kind", "arguments", "returns", "language",
      "definition", "comment");

  private YamlKeys() {}

  /** Each key table by the name of its JSON Schema definition. */
  static Map<String, Set<String>> byDefinition() {
    Map<String, Set<String>> all = new LinkedHashMap<>();
    all.put("document", TOP);
    all.put("namespace", NAMESPACE);
    all.put("extension", EXTENSION);
    all.put("enum", ENUM);
    all.put("domain", DOMAIN);
    all.put("composite", COMPOSITE);
    all.put("compositeAttribute", COMPOSITE_ATTRIBUTE);
    all.put("sequence", SEQUENCE);
    all.put("ownedBy", OWNED_BY);
    all.put("table", TABLE);
    all.put("column", COLUMN);
    all.put("identity", IDENTITY);
    all.put("generated", GENERATED);
    all.put("mysqlColumn", MYSQL_COLUMN);
    all.put("primaryKey", PRIMARY_KEY);
    all.put("unique", UNIQUE);
    all.put("check", CHECK);
    all.put("foreignKey", FOREIGN_KEY);
    all.put("references", REFERENCES);
    all.put("exclusion", EXCLUSION);
    all.put("index", INDEX);
    all.put("indexKey", INDEX_KEY);
    all.put("partitioning", PARTITIONING);
    all.put("partitionOf", PARTITION_OF);
    all.put("policy", POLICY);
    all.put("trigger", TRIGGER);
    all.put("postgresOptions", POSTGRES_OPTIONS);
    all.put("mysqlOptions", MYSQL_OPTIONS);
    all.put("view", VIEW);
    all.put("routine", ROUTINE);
    return all;
  }
}
