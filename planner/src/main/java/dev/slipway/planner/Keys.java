package dev.slipway.planner;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.CompositeType;
import dev.slipway.model.Constraint;
import dev.slipway.model.DomainType;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.TypeDef;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.View;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dependency keys: short strings naming something a change can create, need, remove or stop needing.
 * Names are joined with a NUL, which no identifier may contain, so no two objects share a key.
 * Extra keys are harmless (a key nobody creates or removes adds no edge), so text is scanned generously.
 */
final class Keys {
  private Keys() {}

  private static final char SEP = '\0';
  private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'");
  private static final Pattern CALL = Pattern.compile(
      "((?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)(?:\\.(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*))?)\\s*\\(");

  static String schema(String s) {
    return "s" + SEP + s;
  }

  static String extension(String name) {
    return "e" + SEP + name;
  }

  /** Tables, views and sequences share one name space in PostgreSQL (pg_class), and here. */
  static String relation(QualifiedName q) {
    return "r" + SEP + q.schema() + SEP + q.name();
  }

  /** The row shape of a relation: changed by column type changes and drops, read by views. */
  static String shape(QualifiedName q) {
    return "h" + SEP + q.schema() + SEP + q.name();
  }

  /** A table renamed to this name by the plan (only {@code RenameTable} produces it). */
  static String renamed(QualifiedName q) {
    return "n" + SEP + q.schema() + SEP + q.name();
  }

  /** A column renamed to this name by the plan (only {@code RenameColumn} produces it). */
  static String renamedColumn(QualifiedName t, String c) {
    return "m" + SEP + t.schema() + SEP + t.name() + SEP + c;
  }

  static String column(QualifiedName t, String c) {
    return "c" + SEP + t.schema() + SEP + t.name() + SEP + c;
  }

  /** A column's type as the plan leaves it: a foreign key to the column is added after a retype produces it. */
  static String columnType(QualifiedName t, String c) {
    return "y" + SEP + t.schema() + SEP + t.name() + SEP + c;
  }

  static String constraint(QualifiedName t, String c) {
    return "k" + SEP + t.schema() + SEP + t.name() + SEP + c;
  }

  /** A unique key (PRIMARY KEY or UNIQUE) of a table, which foreign keys need. */
  static String uniqueKey(QualifiedName t) {
    return "u" + SEP + t.schema() + SEP + t.name();
  }

  /**
   * An index of table {@code t} whose first key is column {@code c}: what a foreign key over {@code c} leans
   * on (MySQL refuses to drop an index a foreign key needs, and creates one of its own when none exists:
   * dev.mysql.com/doc/refman/8.0/en/create-table-foreign-keys.html).
   */
  static String leadingColumn(QualifiedName t, String c) {
    return "l" + SEP + t.schema() + SEP + t.name() + SEP + c;
  }

  static boolean isLeadingColumn(String key) {
    return key.startsWith("l" + SEP);
  }

  static boolean isIndex(String key) {
    return key.startsWith("i" + SEP);
  }

  /** The first key column of an index, or null for an expression key. */
  static String leadingColumn(QualifiedName t, Index i) {
    String c = i.keys().get(0).column();
    return c == null ? null : leadingColumn(t, c);
  }

  static String index(QualifiedName t, String i) {
    return "i" + SEP + t.schema() + SEP + t.name() + SEP + i;
  }

  static String type(QualifiedName q) {
    return "t" + SEP + q.schema() + SEP + q.name();
  }

  static String function(QualifiedName q) {
    return "f" + SEP + q.schema() + SEP + q.name();
  }

  /** Types named by a type's text: {@code public.mood[]}, {@code "Mood"}, {@code mood}. */
  static void typeRefs(SqlType type, String defaultSchema, Collection<String> out) {
    String t = type.text().strip();
    int bracket = t.indexOf('[');
    if (bracket > 0) t = t.substring(0, bracket).strip();
    if (t.endsWith(")") && t.indexOf('(') > 0 && !t.startsWith("\"")) t = t.substring(0, t.indexOf('(')).strip();
    names(t, defaultSchema, out, Keys::type);
  }

  /** Sequences and functions named by an expression (defaults: {@code nextval('s'::regclass)}, {@code f(x)}). */
  static void exprRefs(Expr e, String defaultSchema, Collection<String> out) {
    if (e == null) return;
    String text = e.text();
    Matcher m = NEXTVAL.matcher(text);
    while (m.find()) names(m.group(1).replace("''", "'"), defaultSchema, out, Keys::relation);
    m = CALL.matcher(text);
    while (m.find()) names(m.group(1), defaultSchema, out, Keys::function);
  }

  private interface Maker {
    String make(QualifiedName q);
  }

  private static void names(String text, String defaultSchema, Collection<String> out, Maker maker) {
    List<String> parts = Names.split(text);
    if (parts.isEmpty()) return;
    try {
      if (parts.size() >= 2) {
        out.add(maker.make(new QualifiedName(parts.get(parts.size() - 2), parts.get(parts.size() - 1))));
      } else {
        out.add(maker.make(new QualifiedName(defaultSchema, parts.get(0))));
        if (!"public".equals(defaultSchema)) out.add(maker.make(new QualifiedName("public", parts.get(0))));
      }
    } catch (IllegalArgumentException ignored) {
      // Not a name after all: no key.
    }
  }


  /**
   * The columns of {@code table} that a generated column's expression names (a new generated column is
   * added after them: PostgreSQL and MySQL refuse a formula over a column that does not exist yet).
   * Every identifier outside string literals counts, quoted ("…", `…`) exactly and bare as written (the
   * engines' deparsed text spells bare names as stored); a word that is no column of the table produces
   * no edge, since no change produces it.
   */
  static void generatedFrom(QualifiedName table, Column c, Collection<String> out) {
    if (c.generated() == null) return;
    String text = c.generated().expression().text();
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '\'') {
        i = closing(text, i, '\'') + 1;
      } else if (ch == '"' || ch == '`') {
        int end = closing(text, i, ch);
        out.add(column(table, text.substring(i + 1, Math.min(end, text.length())).replace(String.valueOf(ch) + ch,
            String.valueOf(ch))));
        i = end + 1;
      } else if (Character.isLetter(ch) || ch == '_') {
        int start = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
            || text.charAt(i) == '$')) {
          i++;
        }
        out.add(column(table, text.substring(start, i)));
      } else {
        i++;
      }
    }
  }

  /** The index of the quote that closes the one at {@code open} (a doubled quote is part of the text). */
  private static int closing(String text, int open, char quote) {
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return text.length();
  }

  /** Everything a column needs: its type, and the sequences and functions its default or formula calls. */
  static void columnRefs(QualifiedName table, Column c, Collection<String> out) {
    typeRefs(c.type(), table.schema(), out);
    exprRefs(c.defaultValue(), table.schema(), out);
    if (c.generated() != null) exprRefs(c.generated().expression(), table.schema(), out);
  }

  /** Columns a constraint is over. */
  static List<String> columnsOf(Constraint c) {
    if (c instanceof PrimaryKey pk) return pk.columns();
    if (c instanceof UniqueConstraint u) return u.columns();
    if (c instanceof ForeignKey fk) return fk.columns();
    return List.of();
  }

  static void indexColumns(QualifiedName table, Index i, Collection<String> out) {
    for (IndexKey k : i.keys()) if (k.column() != null) out.add(column(table, k.column()));
    for (String inc : i.include()) out.add(column(table, inc));
  }

  /** What a whole table needs besides itself: types, sequences, functions, referenced tables, parent. */
  static void tableRefs(Table t, Collection<String> out, boolean withForeignKeys) {
    out.add(schema(t.name().schema()));
    for (Column c : t.columns()) columnRefs(t.name(), c, out);
    for (Trigger g : t.triggers()) if (g.function() != null) out.add(function(g.function()));
    if (t.partitionOf() != null) out.add(relation(t.partitionOf().parent()));
    if (withForeignKeys) {
      for (ForeignKey fk : t.foreignKeys()) {
        if (fk.referencedTable().equals(t.name())) continue;
        out.add(relation(fk.referencedTable()));
        out.add(uniqueKey(fk.referencedTable()));
        for (String col : fk.referencedColumns()) out.add(columnType(fk.referencedTable(), col));
      }
    }
  }

  static void viewRefs(View v, Collection<String> out) {
    out.add(schema(v.name().schema()));
    for (QualifiedName d : v.dependsOn()) {
      out.add(relation(d));
      out.add(shape(d));
    }
  }

  static void routineRefs(Routine r, Collection<String> out) {
    out.add(schema(r.name().schema()));
    if (r.returns() != null) typeRefs(SqlType.of(r.returns().replace("SETOF ", "").replace("setof ", "")),
        r.name().schema(), out);
    if (!r.arguments().isBlank()) {
      for (String arg : r.arguments().split(",")) {
        String a = arg.strip();
        if (!a.isEmpty()) typeRefs(SqlType.of(a), r.name().schema(), out);
      }
    }
  }

  static void typeDefRefs(TypeDef t, Collection<String> out) {
    out.add(schema(t.name().schema()));
    if (t instanceof DomainType d) {
      typeRefs(d.baseType(), t.name().schema(), out);
      exprRefs(d.defaultValue(), t.name().schema(), out);
      // CHECK (is_email(VALUE)): the function must exist before the domain and outlive it.
      for (CheckConstraint k : d.checks()) exprRefs(k.expression(), t.name().schema(), out);
    } else if (t instanceof CompositeType c) {
      for (CompositeType.Attribute a : c.attributes()) typeRefs(a.type(), t.name().schema(), out);
    }
  }
}
