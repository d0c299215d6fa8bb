package dev.slipway.planner.mysql;

import dev.slipway.model.Attr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.View;
import dev.slipway.model.change.*;
import dev.slipway.model.mysql.MySqlDatabaseOptions;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.PlanningException;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements that are not ALTER TABLE clauses: tables created, dropped and renamed, databases, views,
 * triggers, routines, and comments on routines and databases. Returns null for a change it does not render.
 */
final class MySqlObjectRenderer {
  private MySqlObjectRenderer() {}

  private static final Pattern CREATE = Pattern.compile("^\\s*CREATE\\s+", Pattern.CASE_INSENSITIVE);

  static List<Statement> render(Change change, PlanContext context, MySqlVersion v, MySqlRenderer.Existing e) {
    if (change instanceof AlterTableOptions c && MySqlPartitionChanges.handles(c)) {
      return MySqlPartitionChanges.render(c, context, v, e.table(c.table()));
    }
    if (change instanceof AddTable c) {
      // A new table's triggers come with it, as on PostgreSQL: the differ names only the table.
      List<Statement> out = new java.util.ArrayList<>(one(context, c, MySqlSql.createTable(c.table()), List.of()));
      for (Trigger g : c.table().triggers()) {
        out.addAll(one(context, new AddTrigger(c.table().name(), g), g.definition().strip(), List.of()));
      }
      return out;
    }
    if (change instanceof DropTable c) {
      Table t = c.table();
      List<Hazard> h = List.of(
          MySqlStatements.sized(HazardCode.DELETES_DATA, t, "drops table " + MySqlStatements.describe(t, t.name().toString())
              + " and all its rows"),
          Hazard.of(HazardCode.BREAKS_CLIENTS, "code that still uses " + t.name() + " fails"));
      return one(context, c, "DROP TABLE " + MySqlSql.q(t.name().name()), h);
    }
    if (change instanceof RenameTable c) {
      return one(context, c, "RENAME TABLE " + MySqlSql.name(c.from(), c.to().schema()) + " TO "
          + MySqlSql.name(c.to(), c.from().schema()), List.of(Hazard.of(HazardCode.BREAKS_CLIENTS,
          "code that still uses " + c.from() + " fails: ship code that reads both names first")));
    }
    if (change instanceof AddNamespace c) {
      StringBuilder b = new StringBuilder("CREATE DATABASE ").append(MySqlSql.q(c.namespace().name()));
      for (Attr a : c.namespace().attrs()) {
        if (a instanceof MySqlDatabaseOptions o) {
          if (o.charset() != null) b.append(" CHARACTER SET ").append(o.charset());
          if (o.collation() != null) b.append(" COLLATE ").append(o.collation());
        }
      }
      return one(context, c, b.toString(), List.of());
    }
    if (change instanceof DropNamespace c) {
      return one(context, c, "DROP DATABASE " + MySqlSql.q(c.namespace().name()), List.of(Hazard.of(HazardCode.DELETES_DATA,
          "drops database " + c.namespace().name() + " and everything in it")));
    }
    if (change instanceof AddView c) return one(context, c, view(c.view(), false), List.of());
    if (change instanceof ReplaceView c) return one(context, c, view(c.to(), true), List.of());
    if (change instanceof DropView c) {
      return one(context, c, "DROP VIEW " + MySqlSql.q(c.view().name().name()),
          List.of(Hazard.of(HazardCode.BREAKS_CLIENTS, "code that still reads " + c.view().name() + " fails")));
    }
    if (change instanceof AddTrigger c) return one(context, c, c.trigger().definition().strip(), List.of());
    if (change instanceof DropTrigger c) return one(context, c, dropTrigger(c.trigger()), List.of());
    if (change instanceof ReplaceTrigger c) {
      if (v.createOrReplaceCode()) return one(context, c, orReplace(c.to().definition()), List.of());
      // MySQL has no CREATE OR REPLACE TRIGGER: rows written between the two statements skip the trigger.
      Hazard gap = Hazard.of(HazardCode.DATA_DEPENDENT, "between DROP and CREATE, rows written to " + c.table()
          + " do not fire trigger " + c.to().name());
      return List.of(MySqlStatements.plain(context, c.subject(), dropTrigger(c.from()), List.of(gap)),
          MySqlStatements.plain(context, c.subject(), c.to().definition().strip(), List.of()));
    }
    if (change instanceof AddRoutine c) return one(context, c, c.routine().definition().strip(), List.of());
    if (change instanceof DropRoutine c) {
      return one(context, c, dropRoutine(c.routine()), List.of(Hazard.of(HazardCode.BREAKS_CLIENTS,
          "code that still calls " + c.routine().name() + " fails")));
    }
    if (change instanceof ReplaceRoutine c) {
      if (v.createOrReplaceCode()) return one(context, c, orReplace(c.to().definition()), List.of());
      Hazard gap = Hazard.of(HazardCode.BREAKS_CLIENTS, "MySQL cannot replace a routine in place: calls to "
          + c.to().name() + " between DROP and CREATE fail");
      return List.of(MySqlStatements.plain(context, c.subject(), dropRoutine(c.from()), List.of(gap)),
          MySqlStatements.plain(context, c.subject(), c.to().definition().strip(), List.of()));
    }
    if (change instanceof SetComment c) return comment(c, context, v);
    return null;
  }

  private static List<Statement> one(PlanContext context, Change c, String sql, List<Hazard> hazards) {
    return List.of(MySqlStatements.plain(context, c.subject(), sql, hazards));
  }

  /** {@code CREATE [OR REPLACE] [ALGORITHM=…] [SQL SECURITY INVOKER] VIEW `v` AS … [WITH … CHECK OPTION]}. */
  static String view(View v, boolean replace) {
    StringBuilder b = new StringBuilder(replace ? "CREATE OR REPLACE " : "CREATE ");
    String check = null;
    for (String o : v.options()) {
      String[] kv = o.split("=", 2);
      String key = kv[0].strip().toLowerCase(Locale.ROOT);
      String value = kv.length > 1 ? kv[1].strip().toUpperCase(Locale.ROOT) : "";
      if (key.equals("algorithm")) b.append("ALGORITHM=").append(value).append(' ');
      else if (key.equals("sql_security")) b.append("SQL SECURITY ").append(value).append(' ');
      else if (key.equals("check_option")) check = value;
      else throw new PlanningException("view " + v.name() + ": MySQL has no view option " + o);
    }
    b.append("VIEW ").append(MySqlSql.q(v.name().name())).append(" AS ").append(v.definition().strip());
    if (check != null) b.append(" WITH ").append(check).append(" CHECK OPTION");
    return b.toString();
  }

  private static String dropTrigger(Trigger t) {
    return "DROP TRIGGER " + MySqlSql.q(t.name());
  }

  private static String dropRoutine(Routine r) {
    return "DROP " + (r.kind() == Routine.Kind.FUNCTION ? "FUNCTION " : "PROCEDURE ") + MySqlSql.q(r.name().name());
  }

  private static String orReplace(String definition) {
    Matcher m = CREATE.matcher(definition);
    if (!m.find()) throw new PlanningException("not a CREATE statement: " + definition);
    String rest = definition.substring(m.end());
    if (rest.regionMatches(true, 0, "OR REPLACE", 0, 10)) return definition.strip();
    return ("CREATE OR REPLACE " + rest).strip();
  }

  private static List<Statement> comment(SetComment c, PlanContext context, MySqlVersion v) {
    ObjectKind k = c.target().kind();
    String text = c.to() == null ? "''" : MySqlSql.literal(c.to());
    if (k == ObjectKind.FUNCTION || k == ObjectKind.PROCEDURE) {
      return one(context, c, "ALTER " + k.name() + " " + MySqlSql.q(c.target().name().name()) + " COMMENT " + text, List.of());
    }
    if (k == ObjectKind.SCHEMA) {
      if (!v.databaseComments()) {
        throw new PlanningException(v + " has no database comments: cannot comment " + c.target());
      }
      return one(context, c, "ALTER DATABASE " + MySqlSql.q(c.target().name().schema()) + " COMMENT " + text, List.of());
    }
    if (k == ObjectKind.VIEW || k == ObjectKind.TRIGGER || k == ObjectKind.CONSTRAINT) {
      throw new PlanningException("MySQL has no comments on a " + k.name().toLowerCase(Locale.ROOT) + ": " + c.target());
    }
    return null;
  }

  /** Foreign keys of a table, for callers that need what it references. */
  static List<QualifiedName> references(Table t) {
    List<QualifiedName> out = new ArrayList<>();
    for (ForeignKey fk : t.foreignKeys()) out.add(fk.referencedTable());
    return out;
  }
}
