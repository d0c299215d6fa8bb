package dev.slipway.introspect.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PostgreSQL type name and spells it as {@code format_type()} does, so an offline parse equals
 * the catalog: {@code int4 → integer}, {@code varchar(20) → character varying(20)},
 * {@code timestamptz → timestamp with time zone} (postgresql.org/docs/current/datatype.html, table 8.1).
 * Serial pseudo-types come back as their integer type with {@code serial} set.
 */
final class PostgresTypes {
  /** A parsed type: canonical text, and for serial types the integer type of the sequence to create. */
  record Parsed(String text, String serialOf) {}

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
      Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
      Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
      Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
      Map.entry("float4", "real"), Map.entry("real", "real"), Map.entry("float8", "double precision"),
      Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timetz", "time with time zone"),
      Map.entry("varbit", "bit varying"), Map.entry("decimal", "numeric"));
  private static final Map<String, String> SERIALS = Map.of(
      "serial", "integer", "serial4", "integer", "bigserial", "bigint", "serial8", "bigint",
      "smallserial", "smallint", "serial2", "smallint");
  /** Built-in types whose name format_type prints unchanged (never schema-qualified). */
  private static final Set<String> BUILTIN = Set.of(
      "text", "json", "jsonb", "uuid", "bytea", "date", "interval", "inet", "cidr", "macaddr", "macaddr8",
      "money", "xml", "tsvector", "tsquery", "oid", "point", "line", "lseg", "box", "path", "polygon",
      "circle", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange", "int4multirange",
      "regclass", "regtype", "regproc", "name", "numeric", "bpchar", "void", "trigger", "record", "anyelement",
      "anyarray", "anyenum", "cstring", "event_trigger", "pg_lsn", "txid_snapshot", "jsonpath", "xid", "cid",
      "tid", "refcursor", "unknown", "internal", "language_handler", "anynonarray", "anycompatible",
      "anycompatiblearray", "bit", "character", "character varying", "integer", "smallint", "bigint", "boolean",
      "real", "double precision", "float", "char", "varchar", "timestamp", "time");
  private static final Set<String> INTERVAL_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second", "to");

  private PostgresTypes() {}

  /**
   * Reads a type at the cursor. User types are spelled as format_type does under the catalog reader's empty
   * {@code search_path}: always schema-qualified. An unqualified user type is
   * looked up in the current schema first and otherwise assumed to be visible in {@code public}
   * (extension types such as citext usually are).
   */
  static Parsed read(Cursor c, SchemaState s) {
    Token first = c.peek();
    List<String> name = c.dottedName("a type");
    String base;
    String serial = null;
    boolean userType = false;
    String word = name.get(name.size() - 1);
    if (name.size() == 2 && name.get(0).equals("pg_catalog")) name = List.of(word);
    if (name.size() == 1 && first.kind() == Token.Kind.QUOTED && word.equals("char")) {
      base = "\"char\"";
    } else if (name.size() > 1 || first.kind() == Token.Kind.QUOTED) {
      userType = true;
      base = userTypeName(name, s);
    } else if (word.equals("double")) {
      c.expect("precision");
      base = "double precision";
    } else if (word.equals("character") || word.equals("char") || word.equals("national")) {
      if (word.equals("national")) c.accept("character");
      base = c.accept("varying") ? "character varying" : "character";
    } else if (word.equals("varchar")) {
      base = "character varying";
    } else if (word.equals("bit")) {
      base = c.accept("varying") ? "bit varying" : "bit";
    } else if (SERIALS.containsKey(word)) {
      serial = SERIALS.get(word);
      base = serial;
    } else if (ALIASES.containsKey(word)) {
      base = ALIASES.get(word);
    } else if (BUILTIN.contains(word)) {
      base = word;
    } else {
      userType = true;
      base = userTypeName(name, s);
    }
    String args = "";
    if (c.peek().isPunct("(") && !c.atEnd()) args = "(" + String.join(",", argList(c)) + ")";
    String text = spell(c, base, args, userType);
    StringBuilder arrays = new StringBuilder();
    while (!c.atEnd() && (c.peek().isPunct("[") || c.peek().is("array"))) {
      if (c.accept("array")) {
        if (c.peek().isPunct("[") && !c.atEnd()) skipBrackets(c);
      } else {
        skipBrackets(c);
      }
      // format_type prints one [] however many dimensions were declared: PostgreSQL does not enforce them.
      arrays.setLength(0);
      arrays.append("[]");
    }
    if (serial != null && arrays.length() > 0) throw c.failAt(first, "array of serial is not allowed");
    return new Parsed(text + arrays, serial);
  }

  private static String spell(Cursor c, String base, String args, boolean userType) {
    switch (base) {
      case "timestamp", "time" -> {
        String zone = " without time zone";
        if (c.accept("with", "time", "zone")) zone = " with time zone";
        else c.accept("without", "time", "zone");
        return base + args + zone;
      }
      case "timestamp with time zone", "time with time zone" -> {
        String[] parts = base.split(" ", 2);
        return parts[0] + args + " " + parts[1];
      }
      case "interval" -> {
        StringBuilder fields = new StringBuilder();
        while (!c.atEnd() && c.peek().kind() == Token.Kind.WORD && INTERVAL_FIELDS.contains(c.peek().value())) {
          fields.append(' ').append(c.next().value());
        }
        if (args.isEmpty() && c.peek().isPunct("(") && !c.atEnd()) args = "(" + String.join(",", argList(c)) + ")";
        return "interval" + fields + args;
      }
      case "numeric" -> {
        // numeric(p) is stored as numeric(p,0): format_type prints both parts.
        return args.isEmpty() || args.contains(",") ? "numeric" + args : "numeric" + args.replace(")", ",0)");
      }
      case "character" -> {
        return "character" + (args.isEmpty() ? "(1)" : args);
      }
      case "bit" -> {
        return "bit" + (args.isEmpty() ? "(1)" : args);
      }
      case "float" -> {
        if (args.isEmpty()) return "double precision";
        int p = Integer.parseInt(args.substring(1, args.length() - 1).trim());
        return p <= 24 ? "real" : "double precision";
      }
      default -> {
        return base + args;
      }
    }
  }

  private static List<String> argList(Cursor c) {
    int[] r = c.parens();
    return c.splitCommas(r[0], r[1]).stream().map(p -> c.statement().text(p[0], p[1])).toList();
  }

  private static void skipBrackets(Cursor c) {
    c.next();
    while (!c.atEnd() && !c.peek().isPunct("]")) c.next();
    c.expect("]");
  }

  private static String userTypeName(List<String> name, SchemaState s) {
    String type = name.get(name.size() - 1);
    String schema = name.size() > 1 ? name.get(name.size() - 2)
        : s.types.containsKey(new dev.slipway.model.QualifiedName(s.currentSchema, type)) ? s.currentSchema : "public";
    return quote(schema) + "." + quote(type);
  }

  /** {@code quote_ident}: quotes only names that would not survive unquoted. */
  static String quote(String name) {
    if (name.matches("[a-z_][a-z0-9_$]*")) return name;
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
