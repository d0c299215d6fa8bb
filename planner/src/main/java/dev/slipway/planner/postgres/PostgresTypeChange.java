package dev.slipway.planner.postgres;

import static dev.slipway.planner.postgres.PostgresIdentifiers.quote;

import dev.slipway.model.Constraint;
import dev.slipway.model.EnumType;
import dev.slipway.model.ExclusionConstraint;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import dev.slipway.model.TypeDef;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.change.AlterColumn;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ALTER COLUMN … TYPE}. Binary-coercible changes only touch the catalog (varchar(n)→varchar(m≥n),
 * varchar→text, numeric precision up with the same scale, to unconstrained numeric, cidr→inet, timestamp
 * precision up); every other change rewrites the table and its indexes under ACCESS EXCLUSIVE
 * (postgresql.org/docs/current/sql-altertable.html, "Notes").
 */
final class PostgresTypeChange {
  private PostgresTypeChange() {}

  private static final Pattern TYPE = Pattern.compile("([a-z ]+?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?((?: with(?:out)? time zone)?)");
  private static final Set<String> TEXTUAL = Set.of("text", "character varying", "varchar");
  private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");
  private static final Set<String> INEXACT = Set.of("numeric", "real", "double precision");

  /** A type split into base name and modifiers ({@code -1} when absent). */
  record Parsed(String base, int precision, int scale) {
    static Parsed of(String text) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      Matcher m = TYPE.matcher(t);
      if (!m.matches()) return new Parsed(t, -1, -1);
      String base = (m.group(1).strip() + m.group(4)).strip();
      int p = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
      int s = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
      return new Parsed(base, p, s);
    }
  }

  static boolean binaryCoercible(String fromText, String toText) {
    Parsed a = Parsed.of(fromText);
    Parsed b = Parsed.of(toText);
    if (TEXTUAL.contains(a.base) && b.base.equals("text")) return true;
    if (a.base.equals("text") && b.base.equals("character varying") && b.precision < 0) return true;
    if (a.base.equals("cidr") && b.base.equals("inet")) return true;
    if (!a.base.equals(b.base)) return false;
    if (a.base.equals("numeric")) {
      if (b.precision < 0) return true;
      return a.precision >= 0 && b.precision >= a.precision && b.scale == a.scale;
    }
    if (a.base.equals("character varying") || a.base.equals("bit varying") || a.base.startsWith("timestamp")
        || a.base.startsWith("time ") || a.base.equals("interval")) {
      return b.precision < 0 || (a.precision >= 0 && b.precision >= a.precision);
    }
    return false;
  }

  static Statement render(AlterColumn c, PlanContext ctx, Table existing, String alter) {
    String from = c.from().type().text();
    String to = c.to().type().text();
    StringBuilder sql = new StringBuilder(alter).append(" TYPE ").append(to);
    if (c.to().collation() != null) sql.append(" COLLATE ").append(PostgresSql.collation(c.to().collation()));
    Parsed a = Parsed.of(from);
    Parsed b = Parsed.of(to);
    boolean sameBase = a.base.equals(b.base);
    boolean coercible = from.equals(to) || binaryCoercible(from, to);
    // Assignment casts exist into text types and within one base type; other changes need USING.
    boolean needsUsing = !coercible && !sameBase && !TEXTUAL.contains(b.base) && !b.base.equals("character")
        && !(INTEGERS.contains(a.base) && INTEGERS.contains(b.base));
    if (needsUsing) {
      // No cast exists between two enums (or from an enum to most types); every enum converts through text.
      String via = isEnum(ctx.current(), from, c.table().schema()) ? "::text" : "";
      sql.append(" USING ").append(quote(c.to().name())).append(via).append("::").append(to);
    }
    PostgresStatementBuilder s = PostgresStatementBuilder.of(ctx, c.subject(), sql.toString())
        .lock(LockMode.ACCESS_EXCLUSIVE);
    String col = c.table() + "." + c.to().name();
    if (existing == null) return s.build();
    if (coercible) {
      if (!from.equals(to) || c.to().collation() == null) return s.build();
      // Same type, new collation: a catalog update unless an index uses the column, which is rebuilt under
      // the lock (postgresql.org/docs/current/sql-altertable.html, "Notes").
      if (!indexed(existing, c.from().name())) return s.build();
      return s.scans(existing).sized(HazardCode.ACCESS_EXCLUSIVE_LOCK, existing, "indexes on " + col
          + " are rebuilt for the new collation while reads and writes on " + c.table() + " are blocked").build();
    }
    String desc = PostgresStatementBuilder.describe(existing, c.table().toString());
    s.scans(existing)
        .sized(HazardCode.TABLE_REWRITE, existing, "rewrites " + desc + ", under ACCESS EXCLUSIVE, to change "
            + c.to().name() + " from " + from + " to " + to + " (indexes are rebuilt too)")
        .sized(HazardCode.ACCESS_EXCLUSIVE_LOCK, existing, "reads and writes on " + c.table()
            + " are blocked for the whole rewrite; a new column, a dual-write trigger and a backfill avoid it "
            + "(expand/contract)");
    String loss = lossy(a, b);
    if (loss != null) {
      s.hazard(HazardCode.DELETES_DATA, col + ": " + loss);
    } else if (!widening(a, b)) {
      s.hazard(HazardCode.DATA_DEPENDENT, "fails if a value of " + col + " does not fit " + to);
    }
    return s.build();
  }

  /** Whether the type text names an enum of the schema (unqualified: the table's schema, then public). */
  static boolean isEnum(Schema schema, String typeText, String defaultSchema) {
    List<String> parts = dev.slipway.planner.Names.split(typeText.strip());
    if (parts.isEmpty() || parts.size() > 2 || typeText.contains("[")) return false;
    String name = parts.get(parts.size() - 1);
    for (TypeDef t : schema.types()) {
      if (!(t instanceof EnumType) || !t.name().name().equals(name)) continue;
      if (parts.size() == 2 ? t.name().schema().equals(parts.get(0))
          : t.name().schema().equals(defaultSchema) || t.name().schema().equals("public")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an index or a PRIMARY KEY / UNIQUE constraint of the table uses the column (expressions: by name). */
  static boolean indexed(Table t, String column) {
    for (Index i : t.indexes()) {
      if (i.include().contains(column)) return true;
      for (IndexKey k : i.keys()) {
        if (column.equals(k.column())) return true;
        if (k.expression() != null && mentions(k.expression().text(), column)) return true;
      }
      if (i.predicate() != null && mentions(i.predicate().text(), column)) return true;
    }
    for (Constraint k : t.constraints()) {
      if (k instanceof PrimaryKey pk && (pk.columns().contains(column) || pk.include().contains(column))) return true;
      if (k instanceof UniqueConstraint u && (u.columns().contains(column) || u.include().contains(column))) return true;
      if (k instanceof ExclusionConstraint x && mentions(x.definition(), column)) return true;
    }
    return false;
  }

  private static boolean mentions(String text, String column) {
    return Pattern.compile("(?<![A-Za-z0-9_$])\"?" + Pattern.quote(column) + "\"?(?![A-Za-z0-9_$])",
        Pattern.CASE_INSENSITIVE).matcher(text).find();
  }

  /** Why the change silently loses information, or null. */
  private static String lossy(Parsed a, Parsed b) {
    if (INEXACT.contains(a.base) && INTEGERS.contains(b.base)) return "fractional values are rounded to integers";
    if (a.base.equals("numeric") && b.base.equals("numeric") && b.scale >= 0 && (a.scale < 0 || b.scale < a.scale)) {
      return "values are rounded to " + b.scale + " decimal places";
    }
    if (a.base.startsWith("timestamp") && b.base.equals("date")) return "the time of day is discarded";
    if (a.base.startsWith("timestamp") && b.base.startsWith("timestamp") && b.precision >= 0
        && (a.precision < 0 || b.precision < a.precision)) {
      return "fractional seconds are rounded to " + b.precision + " digits";
    }
    if (a.base.equals("double precision") && b.base.equals("real")) return "values lose precision";
    return null;
  }

  /** Changes that cannot fail on existing values. */
  private static boolean widening(Parsed a, Parsed b) {
    if (INTEGERS.contains(a.base) && INTEGERS.contains(b.base)) {
      return rank(b.base) >= rank(a.base);
    }
    if (b.base.equals("text")) return true;
    if (b.base.equals("character varying") && b.precision < 0) return true;
    if (INTEGERS.contains(a.base) && (b.base.equals("numeric") && b.precision < 0 || b.base.equals("double precision")
        && !a.base.equals("bigint"))) {
      return true;
    }
    return a.base.equals("timestamp without time zone") && b.base.equals("timestamp with time zone")
        || a.base.equals("real") && b.base.equals("double precision");
  }

  private static int rank(String integer) {
    return integer.equals("smallint") ? 0 : integer.equals("integer") ? 1 : 2;
  }
}
