package dev.slipway.introspect.sql;

import dev.slipway.introspect.SourceFile;
import dev.slipway.model.Constraint;
import dev.slipway.model.Dialect;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.InvalidModelException;
import dev.slipway.model.Namespace;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL pass: lex and split each file, read its statements in order into a {@link SchemaState},
 * then resolve what could only be checked once every file was read (foreign keys, sequence owners) and
 * build the immutable {@link Schema}.
 */
final class PostgresSqlReader {
  /** The comment initdb gives {@code public} (src/include/catalog/pg_namespace.dat). */
  static final String PUBLIC_COMMENT = "standard public schema";

  private final SchemaState state = new SchemaState(Dialect.POSTGRES);
  private String firstLocation = "<no file>:1:1";

  Schema read(List<SourceFile> files) {
    PostgresStatementReader reader = new PostgresStatementReader(state);
    if (!files.isEmpty()) firstLocation = files.get(0).name() + ":1:1";
    for (SourceFile f : files) {
      PostgresLexer lexer = new PostgresLexer(f.name(), f.text()).run();
      for (SqlStatement st : split(f, lexer.tokens(), lexer.hints())) {
        try {
          reader.read(st);
        } catch (InvalidModelException e) {
          throw st.error(st.first(), e.getMessage());
        }
      }
      for (PostgresLexer.Hint h : lexer.hints().values()) {
        if (!state.consumedHints.contains(f.name() + ":" + h.line())) {
          throw new SqlReadException(f.name() + ":" + h.line() + ":" + h.column(),
              "@renamed hint is not on a table's CREATE line or a column's line");
        }
      }
    }
    return assemble();
  }

  /** Statements end at top-level semicolons; a statement without one is accepted only at the end of a file. */
  static List<SqlStatement> split(SourceFile f, List<Token> tokens, Map<Integer, PostgresLexer.Hint> hints) {
    List<SqlStatement> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    int atomic = 0;
    Token open = null;
    for (Token t : tokens) {
      // A SQL-standard body (BEGIN ATOMIC … END, PostgreSQL 14+) holds semicolons; CASE … END nests inside it.
      if (t.is("atomic") && !current.isEmpty() && current.get(current.size() - 1).is("begin")) {
        atomic++;
      } else if (atomic > 0 && t.is("case")) {
        atomic++;
      } else if (atomic > 0 && t.is("end")) {
        atomic--;
      }
      if (t.isPunct(";") && depth == 0 && atomic > 0) {
        current.add(t);
        continue;
      }
      if (t.isPunct(";") && depth == 0) {
        if (!current.isEmpty()) out.add(new SqlStatement(f.name(), f.text(), current, hints));
        current = new ArrayList<>();
        continue;
      }
      if (t.isPunct("(")) {
        if (depth == 0) open = t;
        depth++;
      } else if (t.isPunct(")")) {
        depth--;
        if (depth < 0) {
          current.add(t);
          throw new SqlStatement(f.name(), f.text(), current, hints).error(t, "unbalanced \")\"");
        }
      }
      current.add(t);
      if (t.isPunct(";") && depth > 0) {
        throw new SqlStatement(f.name(), f.text(), current, hints).error(open,
            "unclosed \"(\" before \";\" (statement truncated?)");
      }
    }
    if (depth > 0) {
      throw new SqlStatement(f.name(), f.text(), current, hints).error(open,
          "unclosed \"(\" at end of file (statement truncated?)");
    }
    if (!current.isEmpty()) out.add(new SqlStatement(f.name(), f.text(), current, hints));
    return out;
  }

  private Schema assemble() {
    for (Map.Entry<QualifiedName, SchemaState.Owner> e : state.pendingOwners.entrySet()) {
      List<String> parts = e.getValue().column();
      QualifiedName table = state.qualify(parts.subList(0, parts.size() - 1));
      String column = parts.get(parts.size() - 1);
      TableState t = state.tables.get(table);
      if (t == null || t.column(column).isEmpty()) {
        throw new SqlReadException(e.getValue().location(), "OWNED BY names unknown column " + table + "." + column);
      }
      Sequence q = state.sequences.get(e.getKey());
      state.sequences.put(e.getKey(), new Sequence(q.name(), q.options(), table, column, q.comment()));
    }
    List<Table> tables = new ArrayList<>();
    for (TableState t : state.tables.values()) {
      List<Constraint> fks = new ArrayList<>();
      for (TableState.PendingForeignKey p : t.foreignKeys) fks.add(resolve(p));
      try {
        tables.add(t.build(fks));
      } catch (InvalidModelException e) {
        throw new SqlReadException(t.location, e.getMessage());
      }
    }
    // initdb creates public with this comment (template1), so a database the file is applied to has it too.
    state.namespaces.putIfAbsent("public", new Namespace("public", PUBLIC_COMMENT, List.of()));
    for (QualifiedName n : state.tables.keySet()) state.namespaces.putIfAbsent(n.schema(), Namespace.of(n.schema()));
    for (QualifiedName n : state.views.keySet()) state.namespaces.putIfAbsent(n.schema(), Namespace.of(n.schema()));
    for (QualifiedName n : state.types.keySet()) state.namespaces.putIfAbsent(n.schema(), Namespace.of(n.schema()));
    for (QualifiedName n : state.sequences.keySet()) state.namespaces.putIfAbsent(n.schema(), Namespace.of(n.schema()));
    try {
      return new Schema(Dialect.POSTGRES, new ArrayList<>(state.namespaces.values()),
          new ArrayList<>(state.extensions.values()), new ArrayList<>(state.types.values()),
          new ArrayList<>(state.sequences.values()), tables, new ArrayList<>(state.views.values()),
          new ArrayList<>(state.routines.values()), state.renameHints);
    } catch (InvalidModelException e) {
      throw new SqlReadException(firstLocation, e.getMessage());
    }
  }

  /**
   * PostgreSQL needs a non-partial unique index over exactly the referenced columns, in any order
   * (postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-FK).
   */
  private static boolean hasUniqueKey(TableState ref, List<String> columns) {
    java.util.Set<String> wanted = new java.util.HashSet<>(columns);
    for (Constraint c : ref.constraints.values()) {
      if (c instanceof PrimaryKey pk && new java.util.HashSet<>(pk.columns()).equals(wanted)) return true;
      if (c instanceof dev.slipway.model.UniqueConstraint u && new java.util.HashSet<>(u.columns()).equals(wanted)) return true;
    }
    for (dev.slipway.model.Index i : ref.indexes.values()) {
      if (!i.unique() || i.predicate() != null || i.keys().stream().anyMatch(k -> k.column() == null)) continue;
      if (new java.util.HashSet<>(i.keys().stream().map(dev.slipway.model.IndexKey::column).toList()).equals(wanted)) return true;
    }
    return false;
  }

  private ForeignKey resolve(TableState.PendingForeignKey p) {
    ForeignKey fk = p.draft();
    TableState ref = state.tables.get(fk.referencedTable());
    if (ref == null) {
      throw new SqlReadException(p.location(), "foreign key " + fk.name() + " references unknown table " + fk.referencedTable());
    }
    List<String> refColumns = fk.referencedColumns();
    if (p.refColumnsImplicit()) {
      PrimaryKey pk = (PrimaryKey) ref.constraints.values().stream().filter(PrimaryKey.class::isInstance).findFirst()
          .orElseThrow(() -> new SqlReadException(p.location(), "foreign key " + fk.name()
              + " names no columns and " + fk.referencedTable() + " has no primary key"));
      refColumns = pk.columns();
      if (refColumns.size() != fk.columns().size()) {
        throw new SqlReadException(p.location(), "foreign key " + fk.name() + " has " + fk.columns().size()
            + " column(s) but the primary key of " + fk.referencedTable() + " has " + refColumns.size());
      }
    }
    for (String col : refColumns) {
      if (ref.column(col).isEmpty()) {
        throw new SqlReadException(p.location(), "foreign key " + fk.name() + " references unknown column "
            + fk.referencedTable() + "." + col);
      }
    }
    if (!hasUniqueKey(ref, refColumns)) {
      throw new SqlReadException(p.location(), "foreign key " + fk.name() + ": no primary key or unique constraint on "
          + fk.referencedTable() + " matches " + refColumns);
    }
    return new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), refColumns, fk.onUpdate(), fk.onDelete(),
        fk.match(), fk.deferrability(), fk.valid(), fk.comment());
  }
}
