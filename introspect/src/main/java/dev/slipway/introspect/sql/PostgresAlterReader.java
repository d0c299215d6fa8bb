package dev.slipway.introspect.sql;

import dev.slipway.model.Column;
import dev.slipway.model.Expr;
import dev.slipway.model.Identity;
import dev.slipway.model.PartitionOf;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Sequence;
import dev.slipway.model.postgres.PostgresTableOptions;
import java.util.List;

/**
 * The ALTER statements a desired-state file or a {@code pg_dump --schema-only} file uses to finish
 * objects: constraints added after the tables, column defaults, identities, row-level security,
 * partitions attached, sequences owned. Anything that would change an existing design is refused.
 */
final class PostgresAlterReader {
  private final SqlStatement st;
  private final Cursor c;
  private final SchemaState s;
  private boolean only;

  PostgresAlterReader(SqlStatement st, Cursor c, SchemaState s) {
    this.st = st;
    this.c = c;
    this.s = s;
  }

  /** The cursor is just past {@code ALTER TABLE}. */
  void table() {
    c.accept("if", "exists");
    only = c.accept("only");
    Token at = c.peek();
    QualifiedName name = s.qualify(c.dottedName("table name"));
    c.accept("*");
    TableState t = s.tables.get(name);
    if (t == null) throw st.error(at, "ALTER TABLE on unknown table " + name);
    int from = c.pos();
    for (int[] p : c.splitCommas(from, st.tokens().size())) {
      action(c.sub(p[0], p[1]), t);
    }
  }

  private void action(Cursor a, TableState t) {
    if (a.accept("add")) {
      if (a.at("column")) throw a.fail("ALTER TABLE … ADD COLUMN is not supported in a desired-state file; declare the column in CREATE TABLE");
      PostgresConstraints.Draft d = PostgresConstraints.readTableConstraint(a, s);
      a.expectEnd();
      PostgresConstraints.apply(s, t, List.of(d), st);
      if (!only) {
        for (TableState child : PostgresPartitions.partitionsOf(s, t)) {
          if (t.constraints.containsKey(d.name)) PostgresPartitions.copyConstraint(s, t.constraints.get(d.name), child);
          for (TableState.PendingForeignKey fk : t.foreignKeys) {
            if (fk.draft().name().equals(d.name)) PostgresPartitions.copyForeignKey(fk, child);
          }
        }
      }
    } else if (a.accept("alter")) {
      a.accept("column");
      Token at = a.peek();
      String col = a.identifier("column name");
      Column column = t.column(col).orElseThrow(() -> st.error(at, "unknown column \"" + col + "\" of table " + t.name));
      t.replaceColumn(alterColumn(a, t, column));
    } else if (a.accept("enable", "row", "level", "security")) {
      t.rowSecurity = true;
    } else if (a.accept("disable", "row", "level", "security")) {
      t.rowSecurity = false;
    } else if (a.accept("force", "row", "level", "security")) {
      t.forceRowSecurity = true;
    } else if (a.accept("no", "force", "row", "level", "security")) {
      t.forceRowSecurity = false;
    } else if (a.accept("attach", "partition")) {
      Token at = a.peek();
      QualifiedName child = s.qualify(a.dottedName("partition"));
      TableState ct = s.tables.get(child);
      if (ct == null) throw st.error(at, "ATTACH PARTITION of unknown table " + child);
      if (t.partitioning == null) throw st.error(at, "table " + t.name + " is not partitioned");
      ct.partitionOf = new PartitionOf(t.name, PostgresTableReader.bound(a));
      PostgresPartitions.copyAll(s, t, ct);
      PostgresTableReader.inheritChecks(t, ct);
    } else if (a.accept("owner", "to")) {
      a.identifier("role");
    } else if (a.accept("replica", "identity")) {
      char ri = a.accept("full") ? 'f' : a.accept("nothing") ? 'n' : a.accept("default") ? 'd' : 'i';
      if (ri == 'i') {
        a.expect("using", "index");
        a.identifier("index");
      }
      PostgresTableOptions old = t.findOptions();
      t.attrs.removeIf(PostgresTableOptions.class::isInstance);
      PostgresTableOptions opts = new PostgresTableOptions(old.unlogged(), old.storageParameters(), ri);
      if (!opts.isDefault()) t.attrs.add(opts);
    } else if (a.accept("cluster", "on")) {
      a.identifier("index");
    } else {
      throw a.fail("unsupported ALTER TABLE action \"" + a.peek().value() + "\" in a desired-state file");
    }
    a.expectEnd();
  }

  private Column alterColumn(Cursor a, TableState t, Column column) {
    if (a.accept("set", "default")) {
      int[] r = a.until();
      if (r[0] == r[1]) throw a.fail("SET DEFAULT needs an expression");
      String text = st.text(r[0], r[1]);
      if (column.identity() != null) throw a.fail("column \"" + column.name() + "\" is an identity column");
      return column.withDefault(text.equalsIgnoreCase("null") ? null : Expr.of(PostgresExpressions.defaultText(text, s.currentSchema)));
    }
    if (a.accept("drop", "default")) return column.withDefault(null);
    if (a.accept("set", "not", "null")) return column.withNullable(false);
    if (a.accept("drop", "not", "null")) return column.withNullable(true);
    if (a.accept("set", "statistics") || a.accept("set", "storage") || a.accept("set", "compression")) {
      a.next();
      return column;
    }
    if (a.accept("add", "generated")) {
      Identity.Generation g;
      if (a.accept("always")) g = Identity.Generation.ALWAYS;
      else {
        a.expect("by", "default");
        g = Identity.Generation.BY_DEFAULT;
      }
      a.expect("as", "identity");
      PostgresSequenceOptions o = new PostgresSequenceOptions();
      if (!a.atEnd() && a.peek().isPunct("(")) {
        int[] r = a.parens();
        o = PostgresSequenceOptions.read(a.sub(r[0], r[1]), s);
      }
      if (column.defaultValue() != null) throw a.fail("column \"" + column.name() + "\" already has a default");
      String seq = o.sequenceName != null ? s.qualify(o.sequenceName).name()
          : PostgresNames.choose(t.name.name(), column.name(), "seq", s.relationNames(t.name.schema()));
      s.relationNames(t.name.schema()).add(seq);
      try {
        return column.withNullable(false).withIdentity(new Identity(g, o.build(column.type().text())));
      } catch (dev.slipway.model.InvalidModelException e) {
        throw a.fail(e.getMessage());
      }
    }
    throw a.fail("unsupported ALTER COLUMN action \"" + a.peek().value() + "\"");
  }

  /** The cursor is just past {@code ALTER SEQUENCE}. */
  void sequence() {
    c.accept("if", "exists");
    Token at = c.peek();
    QualifiedName name = s.qualify(c.dottedName("sequence name"));
    Sequence seq = s.sequences.get(name);
    if (seq == null) throw st.error(at, "ALTER SEQUENCE on unknown sequence " + name);
    if (c.accept("owner", "to")) return;
    PostgresSequenceOptions o = PostgresSequenceOptions.read(c, s);
    if (o.ownedByNone) {
      s.pendingOwners.remove(name);
      s.sequences.put(name, new Sequence(name, seq.options(), null, null, seq.comment()));
    } else if (o.ownedBy != null && o.increment == null && o.start == null && o.min == null && o.max == null
        && o.cache == null && o.dataType == null) {
      s.pendingOwners.put(name, new SchemaState.Owner(o.ownedBy, st.location(at)));
    } else {
      throw st.error(at, "ALTER SEQUENCE may only set OWNED BY in a desired-state file; put options in CREATE SEQUENCE");
    }
  }
}
