package dev.slipway.introspect.sql;

import dev.slipway.model.QualifiedName;
import dev.slipway.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CREATE [CONSTRAINT] TRIGGER} (postgresql.org/docs/current/sql-createtrigger.html), with its
 * definition spelled the way {@code pg_get_triggerdef} prints it: keywords in upper case, the table
 * schema-qualified, {@code FOR EACH STATEMENT} made explicit, {@code EXECUTE FUNCTION}, arguments as string
 * literals. The WHEN condition stays as written (the server adds parentheses and folds case).
 */
final class PostgresTriggerReader {
  private final SqlStatement st;
  private final Cursor c;
  private final SchemaState s;

  PostgresTriggerReader(SqlStatement st, Cursor c, SchemaState s) {
    this.st = st;
    this.c = c;
    this.s = s;
  }

  /** The cursor is just past {@code TRIGGER}; {@code constraint} for CREATE CONSTRAINT TRIGGER. */
  void read(boolean constraint, boolean orReplace) {
    Token at = c.peek();
    String name = PostgresNames.truncate(c.identifier("trigger name"));
    StringBuilder def = new StringBuilder(constraint ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ")
        .append(PostgresTypes.quote(name)).append(' ');
    if (c.accept("before")) def.append("BEFORE");
    else if (c.accept("after")) def.append("AFTER");
    else if (c.accept("instead", "of")) def.append("INSTEAD OF");
    else throw c.fail("expected BEFORE, AFTER or INSTEAD OF");
    boolean more;
    do {
      Token e = c.next();
      if (!e.is("insert") && !e.is("update") && !e.is("delete") && !e.is("truncate")) {
        throw c.failAt(e, "expected INSERT, UPDATE, DELETE or TRUNCATE but found \"" + e.value() + "\"");
      }
      def.append(' ').append(e.value().toUpperCase(java.util.Locale.ROOT));
      if (e.is("update") && c.accept("of")) {
        List<String> cols = new ArrayList<>();
        do {
          cols.add(PostgresTypes.quote(c.identifier("column")));
        } while (c.accept(","));
        def.append(" OF ").append(String.join(", ", cols));
      }
      more = c.accept("or");
      if (more) def.append(" OR");
    } while (more);
    c.expect("on");
    Token tableAt = c.peek();
    QualifiedName table = s.qualify(c.dottedName("table name"));
    TableState t = s.tables.get(table);
    if (t == null) throw st.error(tableAt, "trigger on unknown table " + table);
    def.append(" ON ").append(PostgresTypes.quote(table.schema())).append('.').append(PostgresTypes.quote(table.name()));
    String forEach = "STATEMENT";
    String when = null;
    StringBuilder middle = new StringBuilder();
    QualifiedName function = null;
    String args = "";
    while (!c.atEnd()) {
      if (c.accept("from")) {
        middle.append(" FROM ").append(PostgresExpressions.regclass(s.qualify(c.dottedName("referenced table"))));
      } else if (c.accept("not", "deferrable")) {
        middle.append(" NOT DEFERRABLE");
      } else if (c.accept("deferrable")) {
        middle.append(" DEFERRABLE");
      } else if (c.accept("initially", "deferred")) {
        middle.append(" INITIALLY DEFERRED");
      } else if (c.accept("initially", "immediate")) {
        middle.append(" INITIALLY IMMEDIATE");
      } else if (c.accept("referencing")) {
        middle.append(" REFERENCING");
        while (c.at("old") || c.at("new")) {
          String which = c.next().value().toUpperCase(java.util.Locale.ROOT);
          c.expect("table");
          c.accept("as");
          middle.append(' ').append(which).append(" TABLE AS ").append(PostgresTypes.quote(c.identifier("transition name")));
        }
      } else if (c.accept("for")) {
        c.accept("each");
        if (c.accept("row")) forEach = "ROW";
        else {
          c.expect("statement");
          forEach = "STATEMENT";
        }
      } else if (c.accept("when")) {
        when = c.parenText();
      } else if (c.accept("execute")) {
        if (!c.accept("function")) c.expect("procedure");
        function = s.qualify(c.dottedName("trigger function"));
        args = arguments();
        c.expectEnd();
      } else {
        throw c.fail("unexpected \"" + c.peek().value() + "\" in CREATE TRIGGER");
      }
    }
    if (function == null) throw st.error(at, "trigger has no EXECUTE FUNCTION");
    if (constraint && middle.indexOf("DEFERRABLE") < 0) middle.append(" NOT DEFERRABLE");
    if (constraint && middle.indexOf("INITIALLY") < 0) middle.append(" INITIALLY IMMEDIATE");
    def.append(middle).append(" FOR EACH ").append(forEach);
    if (when != null) def.append(" WHEN (").append(when).append(')');
    def.append(" EXECUTE FUNCTION ").append(PostgresExpressions.regclass(function)).append('(').append(args).append(')');
    if (t.triggers.containsKey(name) && !orReplace) {
      throw st.error(at, "trigger \"" + name + "\" is already defined on table " + table);
    }
    t.triggers.put(name, new Trigger(name, def.toString(), function, true, null));
  }

  /** Trigger arguments are stored as strings; pg_get_triggerdef prints each as a quoted literal. */
  private String arguments() {
    int[] r = c.parens();
    List<String> out = new ArrayList<>();
    for (int[] p : c.splitCommas(r[0], r[1])) {
      Token t = st.tokens().get(p[0]);
      String v = p[1] - p[0] == 1 ? t.value() : st.text(p[0], p[1]);
      out.add("'" + v.replace("'", "''") + "'");
    }
    return String.join(", ", out);
  }
}
