package dev.slipway.introspect.sql;

import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import java.util.Set;

/**
 * Routes one statement to the reader for its kind. Statements that describe no schema object (SET,
 * GRANT, ownership) are skipped; statements that change data or drop things have no place in a
 * desired-state file and are errors.
 */
final class PostgresStatementReader {
  private static final Set<String> IGNORED = Set.of("grant", "revoke", "begin", "commit", "start", "end", "analyze");
  private static final Set<String> REFUSED = Set.of(
      "insert", "update", "delete", "drop", "truncate", "copy", "merge", "vacuum", "refresh", "cluster", "reindex",
      "lock", "call", "do", "rollback", "savepoint", "discard", "reset", "notify", "listen", "load", "security",
      "import", "reassign", "prepare", "execute", "with");

  private final SchemaState s;

  PostgresStatementReader(SchemaState s) {
    this.s = s;
  }

  void read(SqlStatement st) {
    Cursor c = new Cursor(st);
    Token first = st.first();
    if (first.kind() != Token.Kind.WORD) throw st.error(first, "not a SQL statement");
    String verb = first.value();
    if (IGNORED.contains(verb)) return;
    if (REFUSED.contains(verb)) {
      throw st.error(first, verb.toUpperCase() + " is not allowed in a desired-state schema file");
    }
    c.next();
    switch (verb) {
      case "create" -> create(st, c);
      case "alter" -> alter(st, c);
      case "comment" -> {
        c.expect("on");
        new PostgresCommentReader(st, c, s).read();
      }
      case "set" -> set(c);
      case "select" -> {
        // pg_dump sets its own search_path with set_config; everything it writes is qualified anyway.
        if (!c.at("pg_catalog", ".", "set_config") && !c.at("set_config")) {
          throw st.error(first, "SELECT is not allowed in a desired-state schema file");
        }
      }
      default -> throw st.error(first, "unsupported statement " + verb.toUpperCase());
    }
  }

  private void create(SqlStatement st, Cursor c) {
    boolean orReplace = c.accept("or", "replace");
    Token kind = c.peek();
    if (c.accept("unlogged", "table")) {
      new PostgresTableReader(st, c, s).read(true);
    } else if (c.accept("table")) {
      new PostgresTableReader(st, c, s).read(false);
    } else if (c.accept("unique", "index")) {
      new PostgresIndexReader(st, c, s).read(true);
    } else if (c.accept("index")) {
      new PostgresIndexReader(st, c, s).read(false);
    } else if (c.accept("schema")) {
      new PostgresObjectReader(st, c, s).schema();
    } else if (c.accept("extension")) {
      new PostgresObjectReader(st, c, s).extension();
    } else if (c.accept("type")) {
      new PostgresObjectReader(st, c, s).type();
    } else if (c.accept("domain")) {
      new PostgresObjectReader(st, c, s).domain();
    } else if (c.accept("sequence")) {
      new PostgresObjectReader(st, c, s).sequence();
    } else if (c.accept("view")) {
      new PostgresCodeReader(st, c, s).view(false, orReplace);
    } else if (c.accept("materialized", "view")) {
      new PostgresCodeReader(st, c, s).view(true, orReplace);
    } else if (c.accept("function")) {
      new PostgresCodeReader(st, c, s).routine(Routine.Kind.FUNCTION, orReplace);
    } else if (c.accept("procedure")) {
      new PostgresCodeReader(st, c, s).routine(Routine.Kind.PROCEDURE, orReplace);
    } else if (c.accept("trigger")) {
      new PostgresTriggerReader(st, c, s).read(false, orReplace);
    } else if (c.accept("constraint", "trigger")) {
      new PostgresTriggerReader(st, c, s).read(true, orReplace);
    } else if (c.accept("policy")) {
      new PostgresCodeReader(st, c, s).policy();
    } else if (c.at("temp") || c.at("temporary")) {
      throw st.error(kind, "temporary objects do not belong in a schema file");
    } else {
      throw st.error(kind, "unsupported statement CREATE " + kind.value().toUpperCase());
    }
  }

  private void alter(SqlStatement st, Cursor c) {
    int n = st.tokens().size();
    boolean ownerTo = n >= 3 && st.tokens().get(n - 3).is("owner") && st.tokens().get(n - 2).is("to");
    if (c.accept("default", "privileges")) {
      return; // privileges are not modelled yet, like GRANT / REVOKE
    }
    if (c.accept("table")) {
      if (ownerTo && !st.text(0, n).contains(",")) return;
      new PostgresAlterReader(st, c, s).table();
    } else if (c.accept("sequence")) {
      new PostgresAlterReader(st, c, s).sequence();
    } else if (ownerTo) {
      return; // ALTER SCHEMA|TYPE|FUNCTION|VIEW … OWNER TO: ownership is not modelled yet
    } else if (c.at("index") && st.text(0, n).toLowerCase().contains(" attach partition ")) {
      // pg_dump ties partition indexes to their parent index: from then on they are the parent's.
      c.accept("index");
      c.accept("if", "exists");
      c.dottedName("parent index");
      c.expect("attach", "partition");
      QualifiedName child = s.qualify(c.dottedName("partition index"));
      for (TableState t : s.tables.values()) {
        if (!t.name.schema().equals(child.schema())) continue;
        if (t.indexes.containsKey(child.name()) || t.constraints.containsKey(child.name())) t.inherited.add(child.name());
      }
    } else {
      throw st.error(c.peek(), "unsupported statement ALTER " + c.peek().value().toUpperCase());
    }
  }

  /** {@code SET search_path TO a, b}: unqualified names that follow go into {@code a}. */
  private void set(Cursor c) {
    if (!c.accept("search_path") && !c.accept("session", "search_path") && !c.accept("local", "search_path")) return;
    if (!c.accept("to")) c.expect("=");
    while (!c.atEnd()) {
      Token t = c.next();
      if (t.isPunct(",")) continue;
      if (t.kind() == Token.Kind.STRING && t.value().isEmpty()) return; // pg_dump's empty path
      if (t.value().equals("$user")) continue;
      if (t.is("default")) {
        s.currentSchema = "public";
        return;
      }
      s.currentSchema = t.value();
      return;
    }
  }
}
