package dev.slipway.introspect.yaml;

import dev.slipway.model.Dialect;
import dev.slipway.model.IndexKey;
import dev.slipway.model.InvalidModelException;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.SequenceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Names and defaults shared by the reader and the writer, so that whatever the writer leaves out the
 * reader fills back in identically (the round-trip guarantee rests on this class).
 */
final class YamlNames {
  private YamlNames() {}

  /**
   * Splits {@code schema.name} on dots; a part containing a dot or a double quote is written in double
   * quotes with {@code ""} for a quote, as in SQL: {@code "my.schema".users}. One part means the default
   * schema. Parts are taken exactly as written (no case folding).
   */
  static List<String> parts(String text, YamlNode.Mark mark, String what) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int i = 0;
    while (true) {
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= text.length()) throw new YamlProblem(mark, what + ": unterminated quote in name " + text);
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              cur.append('"');
              i++;
            } else {
              break;
            }
          } else {
            cur.append(c);
          }
        }
        if (i < text.length() && text.charAt(i) != '.') {
          throw new YamlProblem(mark, what + ": unexpected text after a quoted part in name " + text);
        }
      } else {
        while (i < text.length() && text.charAt(i) != '.') {
          if (text.charAt(i) == '"') throw new YamlProblem(mark, what + ": stray quote in name " + text);
          cur.append(text.charAt(i++));
        }
      }
      if (cur.length() == 0) throw new YamlProblem(mark, what + ": empty part in name '" + text + "'");
      parts.add(cur.toString());
      cur.setLength(0);
      if (i >= text.length()) return parts;
      i++; // the dot
    }
  }

  static QualifiedName qualified(String text, String defaultSchema, YamlNode.Mark mark, String what) {
    List<String> p = parts(text, mark, what);
    if (p.size() == 1) {
      if (defaultSchema == null) {
        throw new YamlProblem(mark, what + ": '" + text + "' needs a schema: write schema." + text
            + " or set default_schema");
      }
      return new QualifiedName(defaultSchema, p.get(0));
    }
    if (p.size() == 2) return new QualifiedName(p.get(0), p.get(1));
    throw new YamlProblem(mark, what + ": '" + text + "' has " + p.size()
        + " dot-separated parts; quote a part that contains a dot: \"a.b\".c");
  }

  /** One name part, quoted only when it would otherwise split or be misread. */
  static String part(String name) {
    boolean plain = !name.isEmpty() && name.indexOf('.') < 0 && name.indexOf('"') < 0;
    return plain ? name : '"' + name.replace("\"", "\"\"") + '"';
  }

  static String format(QualifiedName q) {
    return part(q.schema()) + "." + part(q.name());
  }

  /** Turns a model exception into a located one: the model checks values, the reader knows places. */
  static <T> T build(YamlNode.Mark mark, String what, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidModelException e) {
      throw new YamlProblem(mark, what + ": " + e.getMessage());
    }
  }

  // ---- default constraint and index names: what the engine would choose, so they may be left out ----

  static String primaryKeyName(Dialect d, QualifiedName table) {
    return d == Dialect.MYSQL ? "PRIMARY" : table.name() + "_pkey";
  }

  static String uniqueName(Dialect d, QualifiedName table, List<String> columns) {
    return d == Dialect.MYSQL ? columns.get(0) : table.name() + "_" + String.join("_", columns) + "_key";
  }

  /** PostgreSQL: {@code t_a_b_fkey}; MySQL numbers them {@code t_ibfk_N} by position. */
  static String foreignKeyName(Dialect d, QualifiedName table, List<String> columns, int position) {
    return d == Dialect.MYSQL ? table.name() + "_ibfk_" + position
        : table.name() + "_" + String.join("_", columns) + "_fkey";
  }

  /** {@code null} when the engine's choice cannot be predicted (MySQL expression keys). */
  static String indexName(Dialect d, String table, List<IndexKey> keys) {
    if (d == Dialect.MYSQL) return keys.get(0).column();
    List<String> parts = new ArrayList<>();
    for (IndexKey k : keys) parts.add(k.column() == null ? "expr" : k.column());
    return table + "_" + String.join("_", parts) + "_idx";
  }

  static String defaultIndexMethod(Dialect d) {
    return d == Dialect.MYSQL ? "BTREE" : "btree";
  }

  // ---- sequence option defaults (PostgreSQL's CREATE SEQUENCE rules) ----

  static long typeMin(String dataType) {
    switch (dataType.toLowerCase(Locale.ROOT)) {
      case "smallint": case "int2": return Short.MIN_VALUE;
      case "integer": case "int": case "int4": return Integer.MIN_VALUE;
      default: return Long.MIN_VALUE;
    }
  }

  static long typeMax(String dataType) {
    switch (dataType.toLowerCase(Locale.ROOT)) {
      case "smallint": case "int2": return Short.MAX_VALUE;
      case "integer": case "int": case "int4": return Integer.MAX_VALUE;
      default: return Long.MAX_VALUE;
    }
  }

  /** Ascending sequences run 1..type max, descending type min..-1: postgresql.org/docs/current/sql-createsequence.html */
  static long defaultMin(String dataType, long increment) {
    return increment > 0 ? 1 : typeMin(dataType);
  }

  static long defaultMax(String dataType, long increment) {
    return increment > 0 ? typeMax(dataType) : -1;
  }

  static long defaultStart(long increment, long min, long max) {
    return increment > 0 ? min : max;
  }

  /** An identity's sequence type follows its column's integer type; anything else gets bigint. */
  static String identityType(String columnType) {
    switch (columnType.toLowerCase(Locale.ROOT).trim()) {
      case "smallint": case "int2": return "smallint";
      case "integer": case "int": case "int4": return "integer";
      default: return "bigint";
    }
  }

  static SequenceOptions options(Fields f, String defaultType) {
    String type = f.string("type");
    String dataType = type == null ? defaultType : type;
    long increment = opt(f.longOrNull("increment"), 1);
    long min = opt(f.longOrNull("min"), defaultMin(dataType, increment));
    long max = opt(f.longOrNull("max"), defaultMax(dataType, increment));
    long start = opt(f.longOrNull("start"), defaultStart(increment, min, max));
    long cache = opt(f.longOrNull("cache"), 1);
    boolean cycle = f.bool("cycle", false);
    return build(f.mark(), f.what(), () -> new SequenceOptions(dataType, start, increment, min, max, cache, cycle));
  }

  private static long opt(Long value, long otherwise) {
    return value == null ? otherwise : value;
  }
}
