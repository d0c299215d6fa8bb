package dev.slipway.planner.postgres;

import dev.slipway.model.QualifiedName;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place identifiers and literals become SQL text. A name stays bare only when PostgreSQL would
 * read it back unchanged: lower-case letters, digits, {@code _} and {@code $}, not starting with a digit or
 * {@code $}, and not a reserved or type/function-name keyword (postgresql.org/docs/current/sql-keywords-appendix.html).
 * Everything else is double-quoted with embedded quotes doubled, so no name can close its quote.
 */
public final class PostgresIdentifiers {
  private PostgresIdentifiers() {}

  /** Reserved, reserved-(can be function or type) and type/function-name keywords, plus column-name
   * keywords that cannot be type or function names; quoting any of them is always safe. */
  private static final Set<String> KEYWORDS = Set.of(
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
      "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce",
      "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog",
      "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
      "dec", "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
      "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest",
      "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout", "int", "integer",
      "intersect", "interval", "into", "is", "isnull", "join", "json", "json_array", "json_arrayagg",
      "json_exists", "json_object", "json_objectagg", "json_query", "json_scalar", "json_serialize",
      "json_table", "json_value", "lateral", "leading", "least", "left", "like", "limit", "localtime",
      "localtimestamp", "merge_action", "national", "natural", "nchar", "none", "normalize", "not", "notnull",
      "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay",
      "placing", "position", "precision", "primary", "real", "references", "returning", "right", "row",
      "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
      "system_user", "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim",
      "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when", "where",
      "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces",
      "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable");

  /** {@code name} as an SQL identifier, quoted only when needed. */
  public static String quote(String name) {
    if (isPlain(name)) return name;
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static boolean isPlain(String name) {
    if (name.isEmpty() || KEYWORDS.contains(name)) return false;
    char first = name.charAt(0);
    if (!(first >= 'a' && first <= 'z') && first != '_') return false;
    for (int i = 1; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (!(ch >= 'a' && ch <= 'z') && !(ch >= '0' && ch <= '9') && ch != '_' && ch != '$') return false;
    }
    return true;
  }

  /** {@code schema.name}, each part quoted as needed. */
  public static String qualified(QualifiedName name) {
    return quote(name.schema()) + "." + quote(name.name());
  }

  /** A comma-separated list of quoted names. */
  public static String list(List<String> names) {
    return names.stream().map(PostgresIdentifiers::quote).collect(Collectors.joining(", "));
  }

  /** A string literal; standard_conforming_strings is on by default since 9.1, so only quotes double. */
  public static String literal(String text) {
    if (text.indexOf('\\') >= 0) {
      // Still correct with standard_conforming_strings off: E'' makes backslashes explicit.
      return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
    return "'" + text.replace("'", "''") + "'";
  }
}
