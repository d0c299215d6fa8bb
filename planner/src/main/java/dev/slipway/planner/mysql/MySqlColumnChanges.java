package dev.slipway.planner.mysql;

import dev.slipway.model.Column;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Table;
import dev.slipway.model.change.AddColumn;
import dev.slipway.model.change.AlterColumn;
import dev.slipway.model.change.ColumnAspect;
import dev.slipway.model.change.DropColumn;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.model.mysql.MySqlTypeText;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ALTER TABLE clauses for column changes, with the algorithm each needs per
 * dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html (Column Operations) and
 * mariadb.com/kb/en/innodb-online-ddl-operations-with-the-instant-alter-algorithm/. When unsure, the stronger
 * algorithm: the server then never has to refuse, and never silently does more than the plan says.
 */
final class MySqlColumnChanges {
  private MySqlColumnChanges() {}

  static MySqlClause add(AddColumn c, Table existing, Table desired, MySqlVersion v) {
    Column col = c.column();
    String def = MySqlSql.column(col);
    List<Hazard> hazards = new ArrayList<>();
    boolean atEnd = atEnd(col.name(), existing, desired);
    String position = c.after() == null ? " FIRST" : " AFTER " + MySqlSql.q(c.after());
    MySqlColumnOptions o = col.findAttr(MySqlColumnOptions.class).orElse(null);
    boolean autoIncrement = o != null && o.autoIncrement();
    boolean stored = col.generated() != null && col.generated().stored();
    boolean expressionDefault = col.defaultValue() != null && col.defaultValue().text().strip().startsWith("(");
    boolean timestampDefault = col.defaultValue() != null
        && col.defaultValue().text().toLowerCase(java.util.Locale.ROOT).startsWith("current_timestamp");
    if (existing == null) {
      return new MySqlClause(c.table(), "ADD COLUMN " + def + (atEnd ? "" : position), LockMode.MYSQL_INPLACE_NONE, false,
          hazards, c.subject());
    }
    if (!col.nullable() && col.defaultValue() == null && col.generated() == null && !autoIncrement) {
      hazards.add(Hazard.of(HazardCode.DATA_DEPENDENT, "existing rows of " + c.table().name() + " get the implicit default of "
          + col.type().text() + " in " + col.name() + " (0, '' or the zero date): state a DEFAULT if that is not meant"));
    }
    if (stored || expressionDefault || autoIncrement) {
      // Stored generated columns and AUTO_INCREMENT fill every row; expression defaults are evaluated per row:
      // none is instant, and the first two allow no concurrent writes (Column Operations table).
      LockMode lock = autoIncrement ? LockMode.MYSQL_INPLACE_SHARED : LockMode.MYSQL_COPY_SHARED;
      return new MySqlClause(c.table(), "ADD COLUMN " + def + position, lock, true, hazards, c.subject());
    }
    // MySQL will not add a NOT NULL DATETIME/DATE without DEFAULT instantly: its implicit default is the zero
    // date ("ALGORITHM=INSTANT is not supported for this operation" on 8.0.15; MariaDB adds it instantly).
    String base = col.type().text().toLowerCase(java.util.Locale.ROOT).replaceAll("\\(.*", "").strip();
    boolean zeroDate = !v.mariaDb() && !col.nullable() && col.defaultValue() == null && col.generated() == null
        && (base.equals("datetime") || base.equals("date"));
    boolean instantBlocked = MySqlLocks.hasFulltext(existing) || compressed(existing)
        || v.mariaDb() && timestampDefault || zeroDate;
    if (!instantBlocked && (atEnd ? v.instantAddLast() : v.instantAddAnywhere())) {
      return new MySqlClause(c.table(), "ADD COLUMN " + def + (atEnd ? "" : position), LockMode.MYSQL_INSTANT, false,
          hazards, c.subject());
    }
    if (!instantBlocked && v.instantAddLast()) {
      // Column order is not a difference (DESIGN.md §1): appending stays instant, where AFTER would rebuild.
      return new MySqlClause(c.table(), "ADD COLUMN " + def, LockMode.MYSQL_INSTANT, false, hazards, c.subject());
    }
    // A rebuild anyway: the column may as well go where it is wanted.
    return new MySqlClause(c.table(), "ADD COLUMN " + def + (atEnd ? "" : position), MySqlLocks.inplace(existing), true,
        hazards, c.subject());
  }

  /** Whether every column after this one in the desired order is new too (so it lands last when added in order). */
  private static boolean atEnd(String column, Table existing, Table desired) {
    if (desired == null || existing == null) return true;
    boolean after = false;
    for (Column c : desired.columns()) {
      if (after && existing.findColumn(c.name()).isPresent()) return false;
      if (c.name().equals(column)) after = true;
    }
    return true;
  }

  private static boolean compressed(Table t) {
    MySqlTableOptions o = t.findAttr(MySqlTableOptions.class).orElse(null);
    return o != null && "COMPRESSED".equalsIgnoreCase(o.rowFormat());
  }

  static MySqlClause drop(DropColumn c, Table existing, MySqlVersion v) {
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(MySqlStatements.sized(HazardCode.DELETES_DATA, existing, "drops column " + c.table().name() + "."
        + c.column().name() + " and its data"));
    hazards.add(Hazard.of(HazardCode.BREAKS_CLIENTS, "code that still reads or writes " + c.column().name()
        + " fails: stop using it in a release before this one (expand/contract)"));
    String sql = "DROP COLUMN " + MySqlSql.q(c.column().name());
    if (existing == null) return new MySqlClause(c.table(), sql, LockMode.MYSQL_INPLACE_NONE, false, hazards, c.subject());
    boolean virtual = c.column().generated() != null && !c.column().generated().stored();
    // A column in a key takes its index with it, and dropping an index is not instant on either server
    // (MariaDB: "ALGORITHM=INSTANT is not supported … Try ALGORITHM=INPLACE").
    boolean keyed = indexed(existing, c.column().name());
    if (!keyed && (v.instantDrop() && !MySqlLocks.hasFulltext(existing) && !compressed(existing)
        || virtual && !v.mariaDb() && v.instantAddLast())) {
      return new MySqlClause(c.table(), sql, LockMode.MYSQL_INSTANT, false, hazards, c.subject());
    }
    return new MySqlClause(c.table(), sql, MySqlLocks.inplace(existing), true, hazards, c.subject());
  }

  /**
   * Whether the column turns generated, stops being generated, or switches between STORED and VIRTUAL:
   * MySQL refuses "Changing the STORED status" and MariaDB "This is not yet supported for generated columns"
   * in a MODIFY, so the column is dropped and added again (dev.mysql.com/doc/refman/8.0/en/alter-table-generated-columns.html).
   */
  private static boolean regenerates(Column from, Column to) {
    if (from.generated() == null && to.generated() == null) return false;
    if (from.generated() == null || to.generated() == null) return true;
    return from.generated().stored() != to.generated().stored();
  }

  private static MySqlClause regenerate(AlterColumn c, Table existing, Table desired, List<Hazard> hazards, String name) {
    String after = null;
    boolean first = false;
    if (desired != null) {
      List<Column> cols = desired.columns();
      for (int i = 0; i < cols.size(); i++) {
        if (cols.get(i).name().equals(c.to().name())) {
          if (i == 0) first = true;
          else after = cols.get(i - 1).name();
        }
      }
    }
    String position = first ? " FIRST" : after != null ? " AFTER " + MySqlSql.q(after) : "";
    String sql = "DROP COLUMN " + MySqlSql.q(c.from().name()) + ", ADD COLUMN " + MySqlSql.column(c.to()) + position;
    if (c.from().generated() == null) {
      hazards.add(MySqlStatements.sized(HazardCode.DELETES_DATA, existing, "replaces the values of " + name
          + " with computed ones: the column is dropped and added back as generated"));
    } else if (c.to().generated() == null) {
      hazards.add(MySqlStatements.sized(HazardCode.DELETES_DATA, existing, name + " stops being generated: it is dropped"
          + " and added back empty (copy the values first if they are needed)"));
    }
    // TABLE_REWRITE and BLOCKS_WRITES come from the statement's COPY/SHARED (MySqlStatements).
    return new MySqlClause(c.table(), sql, LockMode.MYSQL_COPY_SHARED, true, hazards, c.subject());
  }

  /** Whether the column is part of any index, the primary key or a foreign key of the table. */
  static boolean indexed(Table t, String column) {
    for (dev.slipway.model.Index i : t.indexes()) {
      for (dev.slipway.model.IndexKey k : i.keys()) if (column.equals(k.column())) return true;
    }
    if (t.primaryKey().map(pk -> pk.columns().contains(column)).orElse(false)) return true;
    for (dev.slipway.model.ForeignKey fk : t.foreignKeys()) if (fk.columns().contains(column)) return true;
    return false;
  }

  /** MODIFY COLUMN with the full desired definition (MySQL has no per-aspect ALTER except for defaults). */
  static MySqlClause alter(AlterColumn c, Table existing, Table desired, MySqlVersion v) {
    Column from = c.from();
    Column to = c.to();
    String modify = "MODIFY COLUMN " + MySqlSql.column(to);
    List<Hazard> hazards = new ArrayList<>();
    String name = c.table().name() + "." + to.name();
    if (existing == null) return new MySqlClause(c.table(), modify, LockMode.MYSQL_INPLACE_NONE, false, hazards, c.subject());
    if (regenerates(from, to)) return regenerate(c, existing, desired, hazards, name);
    if (c.aspects().equals(java.util.Set.of(ColumnAspect.DEFAULT)) && simpleDefault(to)) {
      String sql = to.defaultValue() == null ? "ALTER COLUMN " + MySqlSql.q(to.name()) + " DROP DEFAULT"
          : "ALTER COLUMN " + MySqlSql.q(to.name()) + " SET DEFAULT " + to.defaultValue().text();
      return new MySqlClause(c.table(), sql, v.instantMetadata() ? LockMode.MYSQL_INSTANT : MySqlLocks.inplace(existing), false,
          hazards, c.subject());
    }
    // The strongest of what each changed aspect needs: 0 instant, 1 in place without rebuild, 2 in-place
    // rebuild, 3 copy.
    int level = 0;
    for (ColumnAspect a : c.aspects()) {
      switch (a) {
        case TYPE: level = Math.max(level, type(from, to, existing, v, hazards, name)); break;
        case NULLABILITY:
          level = Math.max(level, 2);
          if (!to.nullable()) {
            hazards.add(Hazard.of(HazardCode.DATA_DEPENDENT, "fails if " + name + " holds NULLs (in strict SQL mode; "
                + "otherwise NULLs silently become the type's zero value): backfill first"));
          } else {
            hazards.add(Hazard.of(HazardCode.BREAKS_CLIENTS, name + " may now be NULL: readers must cope"));
          }
          break;
        case DEFAULT: level = Math.max(level, instantOr(v)); break;
        case COMMENT: level = Math.max(level, 1); break;
        default:
          // Collation, charset, generation expression, AUTO_INCREMENT, ON UPDATE: the data may change, so copy.
          level = 3;
          break;
      }
    }
    LockMode lock = level == 3 ? LockMode.MYSQL_COPY_SHARED : level == 0 ? LockMode.MYSQL_INSTANT : MySqlLocks.inplace(existing);
    return new MySqlClause(c.table(), modify, lock, level >= 2, hazards, c.subject());
  }

  /**
   * Metadata-only changes MySQL 8 runs as INSTANT; on MariaDB ALGORITHM=INPLACE is a ceiling the server may
   * beat (it picks INSTANT or NOCOPY when it can: mariadb.com/kb/en/alter-table/#algorithm), so INPLACE is
   * the answer that never fails there.
   */
  private static int instantOr(MySqlVersion v) {
    return v.instantMetadata() && !v.mariaDb() ? 0 : 1;
  }

  private static boolean simpleDefault(Column to) {
    if (to.defaultValue() == null) return true;
    String t = to.defaultValue().text().strip();
    return t.startsWith("'") || t.matches("[+-]?[0-9.]+") || t.startsWith("b'") || t.startsWith("x'");
  }

  /** The level a type change needs, adding its hazards. */
  private static int type(Column from, Column to, Table existing, MySqlVersion v, List<Hazard> hazards, String name) {
    MySqlTypeText.Parsed a = MySqlTypeText.parse(from.type().text());
    MySqlTypeText.Parsed b = MySqlTypeText.parse(to.type().text());
    if (a != null && b != null && Objects.equals(from.collation(), to.collation())) {
      if (a.base().equals("varchar") && b.base().equals("varchar") && b.length() >= a.length() && a.length() > 0) {
        int bytes = maxBytes(existing, from);
        // VARCHAR keeps its length in 1 byte up to 255 bytes, else 2; extending within a class is in place,
        // across it a copy: dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html (Extending VARCHAR).
        if ((a.length() * bytes <= 255) == (b.length() * bytes <= 255)) return 1;
        return 3;
      }
      if ((a.base().equals("enum") || a.base().equals("set")) && a.base().equals(b.base())) {
        List<String> was = MySqlTypeText.values(a);
        List<String> now = MySqlTypeText.values(b);
        boolean appended = now.size() > was.size() && now.subList(0, was.size()).equals(was);
        // Members appended at the end, storage size unchanged: metadata only (Modifying the definition of an
        // ENUM or SET column). ENUM takes 1 byte up to 255 members; SET 1, 2, 3, 4 or 8 bytes.
        if (appended && storage(a.base(), was.size()) == storage(b.base(), now.size())) return instantOr(v);
        if (!now.containsAll(was)) {
          hazards.add(MySqlStatements.sized(HazardCode.DELETES_DATA, existing, name + " loses members "
              + removed(was, now) + ": rows holding them fail the change in strict mode, else become ''"));
        }
        return 3;
      }
    }
    if (!widening(a, b)) {
      hazards.add(Hazard.of(HazardCode.DATA_DEPENDENT, "converts " + name + " from " + from.type().text() + " to "
          + to.type().text() + ": fails (strict mode) or truncates where existing values do not fit"));
    }
    return 3;
  }

  private static List<String> removed(List<String> was, List<String> now) {
    List<String> out = new ArrayList<>(was);
    out.removeAll(now);
    return out;
  }

  private static int storage(String base, int members) {
    if (base.equals("enum")) return members <= 255 ? 1 : 2;
    int bytes = (members + 7) / 8;
    return bytes > 4 ? 8 : bytes;
  }

  private static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "int", "bigint");

  /** Conversions no existing value can fail: integer up in the same signedness, char/varchar/text longer. */
  private static boolean widening(MySqlTypeText.Parsed a, MySqlTypeText.Parsed b) {
    if (a == null || b == null) return false;
    if (a.isInteger() && b.isInteger()) {
      return a.unsigned() == b.unsigned() && INTEGERS.indexOf(b.base()) >= INTEGERS.indexOf(a.base());
    }
    if ((a.base().equals("varchar") || a.base().equals("char")) && (b.base().equals("varchar") || b.base().equals("char"))) {
      return b.length() >= a.length();
    }
    if ((a.base().equals("varchar") || a.base().equals("char")) && b.base().endsWith("text")) return true;
    // Every integer prints in at most this many characters (sign included): an integer column converted to
    // a string type at least that long keeps every value.
    if (a.isInteger() && (b.base().equals("varchar") || b.base().equals("char"))) {
      return b.length() >= digits(a);
    }
    if (a.isInteger() && b.base().endsWith("text")) return true;
    return a.equals(b);
  }

  private static int digits(MySqlTypeText.Parsed p) {
    switch (p.base()) {
      case "tinyint": return p.unsigned() ? 3 : 4;
      case "smallint": return p.unsigned() ? 5 : 6;
      case "mediumint": return p.unsigned() ? 8 : 8;
      case "int": return p.unsigned() ? 10 : 11;
      default: return 20; // bigint: 20 either way
    }
  }

  /** Bytes per character of a column's character set; 4 (utf8mb4) when not known, the cautious answer. */
  private static int maxBytes(Table t, Column c) {
    String cs = c.findAttr(MySqlColumnOptions.class).map(MySqlColumnOptions::charset).orElse(null);
    if (cs == null && c.collation() != null) cs = c.collation().split("_")[0];
    if (cs == null) cs = t.findAttr(MySqlTableOptions.class).map(MySqlTableOptions::charset).orElse(null);
    if (cs == null) return 4;
    switch (cs.toLowerCase(java.util.Locale.ROOT)) {
      case "latin1": case "ascii": case "binary": case "latin2": case "cp1250": case "cp1251": case "cp1252": return 1;
      case "ucs2": return 2;
      case "utf8": case "utf8mb3": return 3;
      default: return 4;
    }
  }

}
