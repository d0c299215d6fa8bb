package dev.slipway.introspect.mysql;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.model.Attr;
import dev.slipway.model.Column;
import dev.slipway.model.Expr;
import dev.slipway.model.Generated;
import dev.slipway.model.SqlType;
import dev.slipway.model.mysql.MySqlColumnOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Columns from {@code information_schema.COLUMNS}, turned into the model's shape (see
 * {@code dev.slipway.model.mysql} package doc). The two flavours print defaults differently: MariaDB 10.2.7+
 * keeps {@code COLUMN_DEFAULT} as an SQL literal ({@code 'active'}, {@code NULL} as text,
 * {@code current_timestamp()}) (mariadb.com/kb/en/information-schema-columns-table/), MySQL 8 keeps the raw
 * value and marks expression defaults and CURRENT_TIMESTAMP with {@code DEFAULT_GENERATED} in {@code EXTRA}
 * (dev.mysql.com/doc/refman/8.0/en/information-schema-columns-table.html).
 */
final class MySqlColumns {
  /** One row of columns.sql, before table-level facts (charset, json checks) are known. */
  record Row(String name, String type, boolean nullable, String defaultValue, String extra, String charset,
      String collation, String generation, String comment) {}

  private static final Pattern CURRENT_TIMESTAMP =
      Pattern.compile("(?i)current_timestamp(?:\\(\\s*(\\d*)\\s*\\))?");
  private static final Pattern ON_UPDATE =
      Pattern.compile("(?i)on update (current_timestamp(?:\\(\\s*\\d*\\s*\\))?)");
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern BIT_OR_HEX = Pattern.compile("(?i)b'[01]*'|0x[0-9a-f]*|x'[0-9a-f]*'");
  private static final Set<String> NUMERIC = Set.of("tinyint", "smallint", "mediumint", "int", "integer",
      "bigint", "decimal", "numeric", "dec", "fixed", "float", "double", "real", "year", "bit", "bool", "boolean");

  private final boolean mariaDb;

  MySqlColumns(boolean mariaDb) {
    this.mariaDb = mariaDb;
  }

  /** Every column of every table and view of the database, by table name, in declared order. */
  Map<String, List<Row>> read(MySqlQueries queries) throws IntrospectionException {
    Map<String, List<Row>> out = new HashMap<>();
    queries.each("columns", "columns", rs -> out.computeIfAbsent(rs.getString("table_name"), t -> new ArrayList<>())
        .add(new Row(rs.getString("name"), rs.getString("type"), "YES".equals(rs.getString("nullable")),
            rs.getString("default_value"), rs.getString("extra"), rs.getString("charset"),
            rs.getString("collation"), rs.getString("generation"), rs.getString("comment"))));
    return out;
  }

  /**
   * The model column for {@code row} in a table with the given charset and collation; {@code json} says
   * MariaDB's json stand-in was recognised (longtext plus its automatic json_valid check).
   */
  Column toColumn(Row row, String tableCharset, String tableCollation, boolean json) {
    String extra = row.extra() == null ? "" : row.extra();
    String upperExtra = MySqlText.upper(extra);
    Generated generated = null;
    if (upperExtra.contains("VIRTUAL GENERATED") || upperExtra.contains("STORED GENERATED")
        || upperExtra.contains("PERSISTENT GENERATED")) {
      String expression = mariaDb ? row.generation() : MySqlText.unescape(row.generation());
      generated = new Generated(Expr.of(expression), !upperExtra.contains("VIRTUAL"));
    }
    String type = json ? "json" : MySqlText.lowerType(row.type());
    Expr defaultValue = generated != null ? null : defaultValue(row.defaultValue(), extra, type);
    boolean autoIncrement = upperExtra.contains("AUTO_INCREMENT");
    Matcher onUpdate = ON_UPDATE.matcher(extra);
    Expr onUpdateExpr = onUpdate.find() ? Expr.of(currentTimestamp(onUpdate.group(1))) : null;
    String charset = json || row.charset() == null || row.charset().equals(tableCharset) ? null : row.charset();
    List<Attr> attrs = autoIncrement || onUpdateExpr != null || charset != null
        ? List.of(new MySqlColumnOptions(autoIncrement, onUpdateExpr, charset)) : List.of();
    String collation = json || row.collation() == null || row.collation().equals(tableCollation)
        ? null : row.collation();
    return new Column(row.name(), SqlType.of(type), row.nullable(), defaultValue, null, generated, collation,
        MySqlText.emptyToNull(row.comment()), attrs);
  }

  /** The default as SQL text that can follow {@code DEFAULT}, or null for none and for {@code DEFAULT NULL}. */
  Expr defaultValue(String raw, String extra, String type) {
    if (raw == null) return null;
    String base = baseType(type);
    boolean temporal = base.equals("timestamp") || base.equals("datetime");
    if (CURRENT_TIMESTAMP.matcher(raw).matches() && (mariaDb || temporal)) return Expr.of(currentTimestamp(raw));
    if (mariaDb) {
      // A literal already: 'text', 1.50, b'101', NULL. Anything else is an expression default.
      if (raw.equals("NULL")) return null;
      if (raw.startsWith("'") || NUMBER.matcher(raw).matches() || BIT_OR_HEX.matcher(raw).matches()) {
        return Expr.of(raw);
      }
      return Expr.of("(" + raw + ")");
    }
    if (MySqlText.upper(extra).contains("DEFAULT_GENERATED")) return Expr.of("(" + MySqlText.unescape(raw) + ")");
    if (NUMERIC.contains(base) && (NUMBER.matcher(raw).matches() || BIT_OR_HEX.matcher(raw).matches())) {
      return Expr.of(raw);
    }
    if ((base.contains("binary") || base.contains("blob")) && BIT_OR_HEX.matcher(raw).matches()) return Expr.of(raw);
    return Expr.of(MySqlText.quote(raw));
  }

  /** {@code current_timestamp()} or {@code current_timestamp(6)}, whatever the spelling. */
  static String currentTimestamp(String text) {
    Matcher m = CURRENT_TIMESTAMP.matcher(text.strip());
    String precision = m.matches() && m.group(1) != null ? m.group(1) : "";
    return "current_timestamp(" + (precision.equals("0") ? "" : precision) + ")";
  }

  private static String baseType(String type) {
    int i = 0;
    while (i < type.length() && (Character.isLetterOrDigit(type.charAt(i)) || type.charAt(i) == '_')) i++;
    return type.substring(0, i);
  }
}
