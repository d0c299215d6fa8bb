package dev.slipway.introspect.sql;

import dev.slipway.model.Expr;
import dev.slipway.model.Policy;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Objects whose bodies are code: views, functions and procedures, triggers, policies. Their text is kept
 * as written (whitespace normalised; routine bodies verbatim); only the server can canonicalise it.
 */
final class PostgresCodeReader {
  private final SqlStatement st;
  private final Cursor c;
  private final SchemaState s;

  PostgresCodeReader(SqlStatement st, Cursor c, SchemaState s) {
    this.st = st;
    this.c = c;
    this.s = s;
  }

  /** The cursor is just past {@code VIEW}. */
  void view(boolean materialized, boolean orReplace) {
    c.accept("if", "not", "exists");
    Token at = c.peek();
    QualifiedName name = s.qualify(c.dottedName("view name"));
    String earlier = s.define("relation " + name, st.location(st.first()));
    if (earlier != null && !(orReplace && s.views.containsKey(name))) {
      throw st.error(at, "relation " + name + " is already defined at " + earlier);
    }
    s.relationNames(name.schema()).add(name.name());
    if (!c.atEnd() && c.peek().isPunct("(")) throw c.fail("a column list on a view is not supported; alias the columns in the query");
    List<String> options = new ArrayList<>();
    while (!c.at("as")) {
      if (c.at("with", "(")) {
        c.next();
        options.addAll(PostgresExpressions.storageParameters(c));
      } else if (c.accept("using") || c.accept("tablespace")) {
        c.identifier("name");
      } else {
        throw c.fail("expected AS but found \"" + c.peek().value() + "\"");
      }
    }
    c.expect("as");
    int start = c.pos();
    int end = st.tokens().size();
    // Trailing clauses belong to the view, not the query.
    if (materialized && end - start > 3 && st.tokens().get(end - 1).is("data")) {
      end -= st.tokens().get(end - 2).is("no") ? 3 : 2;
    }
    if (!materialized && end - start > 3 && st.tokens().get(end - 1).is("option") && st.tokens().get(end - 2).is("check")) {
      Token kind = st.tokens().get(end - 3);
      String mode = kind.is("local") ? "local" : "cascaded";
      end -= kind.is("local") || kind.is("cascaded") ? 4 : 3;
      options.add("check_option=" + mode);
    }
    if (start >= end) throw c.fail("view has no query");
    String query = qualifiedQuery(start, end);
    s.views.put(name, new View(name, query, materialized, options, List.of(), dependsOn(query), null, List.of()));
  }

  /**
   * The query with each unqualified table or view named after FROM, JOIN or a comma of a FROM list
   * schema-qualified, as pg_get_viewdef prints it under the catalog reader's empty search_path. Names that
   * are not this file's relations (CTEs, functions, subqueries) stay as written.
   */
  private String qualifiedQuery(int from, int to) {
    List<Token> tokens = st.tokens();
    StringBuilder b = new StringBuilder();
    int depth = 0;
    Set<Integer> fromListDepths = new java.util.HashSet<>();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (i > from && tokens.get(i - 1).end() < t.start()) b.append(' ');
      Token prev = i > from ? tokens.get(i - 1) : null;
      boolean relationSlot = prev != null && (prev.is("from") || prev.is("join")
          || prev.isPunct(",") && fromListDepths.contains(depth));
      boolean dotted = i + 1 < to && tokens.get(i + 1).isPunct(".");
      boolean call = i + 1 < to && tokens.get(i + 1).isPunct("(");
      if (relationSlot && t.isIdentifier() && !dotted && !call && !(prev != null && tokens.get(i - 1).isPunct("."))) {
        QualifiedName q = s.qualify(List.of(t.value()));
        if (s.tables.containsKey(q) || s.views.containsKey(q)) b.append(PostgresTypes.quote(q.schema())).append('.');
      }
      b.append(st.text(i, i + 1));
      if (t.isPunct("(")) depth++;
      if (t.isPunct(")")) {
        fromListDepths.remove(depth);
        depth--;
      }
      if (t.is("from")) fromListDepths.add(depth);
      if (t.is("where") || t.is("group") || t.is("having") || t.is("order") || t.is("limit") || t.is("window")
          || t.is("union") || t.is("except") || t.is("intersect") || t.is("on")) {
        fromListDepths.remove(depth);
      }
    }
    return b.toString();
  }

  /** Relations the query reads, found by JSqlParser; a query it cannot parse simply lists none. */
  private List<QualifiedName> dependsOn(String query) {
    Set<String> found;
    try {
      found = TablesNamesFinder.findTables(query);
    } catch (JSQLParserException | RuntimeException e) {
      return List.of();
    }
    List<QualifiedName> out = new ArrayList<>();
    for (String f : found) {
      List<String> parts = new ArrayList<>();
      for (String p : f.split("\\.")) {
        parts.add(p.startsWith("\"") ? p.substring(1, p.length() - 1) : PostgresLexer.fold(p));
      }
      QualifiedName q = s.qualify(parts);
      if ((s.tables.containsKey(q) || s.views.containsKey(q)) && !out.contains(q)) out.add(q);
    }
    return out;
  }

  /** The cursor is just past {@code FUNCTION} or {@code PROCEDURE}. */
  void routine(Routine.Kind kind, boolean orReplace) {
    Token at = c.peek();
    QualifiedName name = s.qualify(c.dottedName("routine name"));
    int[] r = c.parens();
    List<String> identityTypes = new ArrayList<>();
    List<String> outputTypes = new ArrayList<>();
    for (int[] p : c.splitCommas(r[0], r[1])) {
      String type = argumentType(c.sub(p[0], p[1]));
      if (type != null) identityTypes.add(type);
      Cursor a = c.sub(p[0], p[1]);
      if (a.accept("out") || a.accept("inout")) outputTypes.add(argumentType(c.sub(p[0] + 1, p[1]), true));
    }
    String returns = null;
    String language = null;
    while (!c.atEnd()) {
      if (c.accept("returns")) {
        if (c.accept("table")) {
          returns = "TABLE(" + c.parenText() + ")";
        } else {
          boolean setof = c.accept("setof");
          returns = (setof ? "SETOF " : "") + PostgresTypes.read(c, s).text();
        }
      } else if (c.accept("language")) {
        Token l = c.next();
        language = l.value().toLowerCase(Locale.ROOT);
      } else {
        c.next();
      }
    }
    if (language == null) throw st.error(at, "routine " + name + " has no LANGUAGE");
    // Output parameters imply the result: their type when there is one, else record
    // (pg_get_function_result; postgresql.org/docs/current/sql-createfunction.html, RETURNS).
    if (returns == null && kind == Routine.Kind.FUNCTION && !outputTypes.isEmpty()) {
      returns = outputTypes.size() == 1 ? outputTypes.get(0) : "record";
    }
    String arguments = String.join(", ", identityTypes);
    String definition = st.raw(0, st.tokens().size()).strip();
    Routine routine = new Routine(name, kind, arguments, returns, language, definition, null);
    String earlier = s.define("routine " + routine.signature(), st.location(st.first()));
    if (earlier != null && !orReplace) {
      throw st.error(at, "routine " + routine.signature() + " is already defined at " + earlier);
    }
    s.routines.put(routine.signature(), routine);
  }

  /** {@code name(argument types)} as COMMENT ON FUNCTION writes it: the signature of a routine. */
  String signature() {
    QualifiedName name = s.qualify(c.dottedName("routine name"));
    List<String> types = new ArrayList<>();
    if (!c.atEnd() && c.peek().isPunct("(")) {
      int[] r = c.parens();
      for (int[] p : c.splitCommas(r[0], r[1])) {
        String type = argumentType(c.sub(p[0], p[1]));
        if (type != null) types.add(type);
      }
    }
    return name + "(" + String.join(", ", types) + ")";
  }

  /** The identity type of one argument, or null for an OUT argument (not part of the signature). */
  private String argumentType(Cursor a) {
    return argumentType(a, false);
  }

  /** With {@code anyMode}, the type of the argument whatever its mode. */
  private String argumentType(Cursor a, boolean anyMode) {
    boolean out = false;
    if (a.accept("out")) out = true;
    else if (!a.accept("inout") && !a.accept("in")) a.accept("variadic");
    int start = a.pos();
    PostgresTypes.Parsed type = PostgresTypes.read(a, s);
    if (!a.atEnd() && !a.at("default") && !a.at("=")) {
      a.seek(start);
      a.identifier("argument name");
      type = PostgresTypes.read(a, s);
    }
    if (!a.atEnd() && !a.accept("default") && !a.accept("=")) throw a.fail("unexpected \"" + a.peek().value() + "\" in argument");
    return out && !anyMode ? null : type.text();
  }

  /** The cursor is just past {@code POLICY}. */
  void policy() {
    Token at = c.peek();
    String name = PostgresNames.truncate(c.identifier("policy name"));
    c.expect("on");
    Token tableAt = c.peek();
    QualifiedName table = s.qualify(c.dottedName("table name"));
    TableState t = s.tables.get(table);
    if (t == null) throw st.error(tableAt, "policy on unknown table " + table);
    boolean permissive = true;
    Policy.Command command = Policy.Command.ALL;
    List<String> roles = new ArrayList<>();
    Expr using = null;
    Expr withCheck = null;
    while (!c.atEnd()) {
      if (c.accept("as", "permissive")) {
        permissive = true;
      } else if (c.accept("as", "restrictive")) {
        permissive = false;
      } else if (c.accept("for")) {
        String cmd = c.identifier("command");
        try {
          command = Policy.Command.valueOf(cmd.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw c.fail("unknown policy command " + cmd);
        }
      } else if (c.accept("to")) {
        do {
          roles.add(c.identifier("role"));
        } while (c.accept(","));
      } else if (c.accept("using")) {
        using = Expr.of(c.parenText());
      } else if (c.accept("with", "check")) {
        withCheck = Expr.of(c.parenText());
      } else {
        throw c.fail("unexpected \"" + c.peek().value() + "\" in CREATE POLICY");
      }
    }
    if (t.policies.containsKey(name)) throw st.error(at, "policy \"" + name + "\" is already defined on table " + table);
    t.policies.put(name, new Policy(name, permissive, command, roles, using, withCheck, null));
  }
}
