package dev.slipway.introspect.sql;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Expr;
import dev.slipway.model.Generated;
import dev.slipway.model.Identity;
import dev.slipway.model.PartitionOf;
import dev.slipway.model.Partitioning;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Sequence;
import dev.slipway.model.postgres.PostgresTableOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code CREATE [UNLOGGED] TABLE}: columns, constraints, partitioning (postgresql.org/docs/current/sql-createtable.html). */
final class PostgresTableReader {
  private static final Set<String> COLUMN_OPTION_STARTS = Set.of(
      "constraint", "null", "check", "default", "unique", "primary", "references", "generated", "collate");

  private final SqlStatement st;
  private final Cursor c;
  private final SchemaState s;

  PostgresTableReader(SqlStatement st, Cursor c, SchemaState s) {
    this.st = st;
    this.c = c;
    this.s = s;
  }

  /** The cursor is just past {@code TABLE}. */
  void read(boolean unlogged) {
    c.accept("if", "not", "exists");
    Token nameToken = c.peek();
    QualifiedName name = s.qualify(c.dottedName("table name"));
    String location = st.location(st.first());
    String earlier = s.define("relation " + name, location);
    if (earlier != null) throw st.error(nameToken, "relation " + name + " is already defined at " + earlier);
    s.relationNames(name.schema()).add(name.name());
    TableState t = new TableState(name, location);
    hint(nameToken, name, null);
    List<PostgresConstraints.Draft> drafts = new ArrayList<>();
    if (c.accept("partition", "of")) {
      partitionOf(t, drafts);
    } else {
      int[] r = c.parens();
      for (int[] e : c.splitCommas(r[0], r[1])) {
        Cursor ec = c.sub(e[0], e[1]);
        if (ec.at("like")) throw ec.fail("CREATE TABLE … (LIKE …) is not supported");
        if (PostgresConstraints.atTableConstraint(ec)) {
          drafts.add(PostgresConstraints.readTableConstraint(ec, s));
          ec.expectEnd();
        } else {
          column(ec, t, drafts);
        }
      }
    }
    tail(t, unlogged);
    PostgresConstraints.apply(s, t, drafts, st);
    if (t.pendingParent != null) PostgresPartitions.copyAll(s, t.pendingParent, t);
    t.pendingParent = null;
    s.tables.put(name, t);
  }

  private void column(Cursor ec, TableState t, List<PostgresConstraints.Draft> drafts) {
    Token nameToken = ec.peek();
    String name = PostgresNames.truncate(ec.identifier("column name"));
    if (t.column(name).isPresent()) throw st.error(nameToken, "column \"" + name + "\" specified more than once");
    hint(nameToken, t.name, name);
    Token typeToken = ec.peek();
    PostgresTypes.Parsed type = PostgresTypes.read(ec, s);
    boolean nullable = true;
    Expr def = null;
    Identity identity = null;
    Generated generated = null;
    String collation = null;
    String constraintName = null;
    while (!ec.atEnd()) {
      Token at = ec.peek();
      if (ec.accept("constraint")) {
        constraintName = PostgresNames.truncate(ec.identifier("constraint name"));
        continue;
      }
      if (ec.accept("not", "null")) {
        nullable = false;
      } else if (ec.accept("null")) {
        nullable = true;
      } else if (ec.accept("default")) {
        int from = ec.pos();
        String text = optionExpression(ec);
        def = isNullConstant(from, ec.pos(), type.text()) ? null : Expr.of(PostgresExpressions.defaultText(text, s.currentSchema));
        if (type.serialOf() != null) throw st.error(at, "multiple default values for serial column \"" + name + "\"");
      } else if (ec.accept("collate")) {
        List<String> coll = ec.dottedName("collation");
        // COLLATE "default" is the type's own collation: the catalog shows no explicit one.
        collation = coll.get(coll.size() - 1).equals("default") ? null : coll.get(coll.size() - 1);
      } else if (ec.accept("generated")) {
        if (ec.accept("always", "as", "identity")) {
          identity = identity(ec, t, name, type, Identity.Generation.ALWAYS);
        } else if (ec.accept("by", "default", "as", "identity")) {
          identity = identity(ec, t, name, type, Identity.Generation.BY_DEFAULT);
        } else {
          ec.expect("always", "as");
          generated = new Generated(Expr.of(ec.parenText()), true);
          ec.expect("stored");
        }
        nullable = nullable && identity == null;
      } else if (ec.accept("compression") || ec.accept("storage")) {
        ec.identifier("option value");
      } else {
        PostgresConstraints.Draft d = PostgresConstraints.readColumnConstraint(ec, s, constraintName, name);
        if (d == null) throw ec.fail("unexpected \"" + at.value() + "\" in definition of column \"" + name + "\"");
        drafts.add(d);
      }
      constraintName = null;
    }
    if (type.serialOf() != null) {
      def = serial(t, name, type.serialOf());
      nullable = false;
    }
    try {
      t.columns.add(new Column(name, dev.slipway.model.SqlType.of(type.text()), nullable, def, identity, generated,
          collation, null, List.of()));
    } catch (dev.slipway.model.InvalidModelException e) {
      throw st.error(typeToken, e.getMessage());
    }
  }

  /**
   * PostgreSQL stores no default for a NULL constant: plain {@code NULL}, {@code (NULL)}, or {@code NULL}
   * cast to exactly the column's type (heap.c, AddRelationNewConstraints). A cast needing a length
   * coercion ({@code NULL::varchar} on a {@code varchar(3)}) is stored, so it is kept.
   */
  private boolean isNullConstant(int from, int to, String columnType) {
    while (to - from >= 3 && st.tokens().get(from).isPunct("(") && st.tokens().get(to - 1).isPunct(")")) {
      from++;
      to--;
    }
    if (to <= from || !st.tokens().get(from).is("null")) return false;
    if (to - from == 1) return true;
    if (!st.tokens().get(from + 1).isPunct("::")) return false;
    Cursor cast = c.sub(from + 2, to);
    try {
      String castType = PostgresTypes.read(cast, s).text();
      return cast.atEnd() && castType.equals(columnType);
    } catch (SqlReadException e) {
      return false;
    }
  }

  /** A DEFAULT expression runs until the next column option keyword at top level. */
  private String optionExpression(Cursor ec) {
    int start = ec.pos();
    int depth = 0;
    while (!ec.atEnd()) {
      Token t = ec.peek();
      if (t.isPunct("(") || t.isPunct("[")) depth++;
      if (t.isPunct(")") || t.isPunct("]")) depth--;
      if (depth == 0 && ec.pos() > start && (COLUMN_OPTION_STARTS.contains(t.kind() == Token.Kind.WORD ? t.value() : "")
          || ec.at("not", "null") || ec.at("not", "deferrable"))) {
        break;
      }
      ec.next();
    }
    return st.text(start, ec.pos());
  }

  private Identity identity(Cursor ec, TableState t, String column, PostgresTypes.Parsed type, Identity.Generation g) {
    if (!List.of("smallint", "integer", "bigint").contains(type.text())) {
      throw ec.fail("identity column type must be smallint, integer, or bigint");
    }
    PostgresSequenceOptions o = new PostgresSequenceOptions();
    if (!ec.atEnd() && ec.peek().isPunct("(")) {
      int[] r = ec.parens();
      o = PostgresSequenceOptions.read(ec.sub(r[0], r[1]), s);
    }
    // The identity's sequence is a relation too: it takes a name in pg_class like a serial's.
    if (o.sequenceName == null) PostgresNames.choose(t.name.name(), column, "seq", s.relationNames(t.name.schema()));
    try {
      return new Identity(g, o.build(type.text()));
    } catch (dev.slipway.model.InvalidModelException e) {
      throw ec.fail(e.getMessage());
    }
  }

  /**
   * serial is shorthand for an owned sequence plus a nextval default, created exactly as PostgreSQL
   * does (postgresql.org/docs/current/datatype-numeric.html#DATATYPE-SERIAL).
   */
  private Expr serial(TableState t, String column, String intType) {
    String schema = t.name.schema();
    String seq = PostgresNames.choose(t.name.name(), column, "seq", s.relationNames(schema));
    QualifiedName seqName = new QualifiedName(schema, seq);
    s.sequences.put(seqName, new Sequence(seqName, dev.slipway.model.SequenceOptions.defaults(intType),
        t.name, column, null));
    s.define("relation " + seqName, t.location);
    return Expr.of("nextval('" + PostgresExpressions.regclass(seqName) + "'::regclass)");
  }

  private void partitionOf(TableState t, List<PostgresConstraints.Draft> drafts) {
    Token parentToken = c.peek();
    QualifiedName parent = s.qualify(c.dottedName("parent table"));
    TableState p = s.tables.get(parent);
    if (p == null) throw st.error(parentToken, "partitioned table " + parent + " is not defined (yet)");
    if (p.partitioning == null) throw st.error(parentToken, "table " + parent + " is not partitioned");
    inherit(p, t);
    if (!c.atEnd() && c.peek().isPunct("(")) {
      int[] r = c.parens();
      for (int[] e : c.splitCommas(r[0], r[1])) {
        Cursor ec = c.sub(e[0], e[1]);
        if (!PostgresConstraints.atTableConstraint(ec)) throw ec.fail("only constraints may be added to a partition here");
        drafts.add(PostgresConstraints.readTableConstraint(ec, s));
        ec.expectEnd();
      }
    }
    t.partitionOf = new PartitionOf(parent, bound(c));
    t.pendingParent = p;
  }

  /** A partition gets its parent's columns and CHECKs (the CHECKs as inherited, not its own). */
  static void inherit(TableState parent, TableState child) {
    if (child.columns.isEmpty()) {
      for (Column col : parent.columns) child.columns.add(col.withComment(null).withIdentity(null));
    }
    // Identity on partitions arrived only in PostgreSQL 17; partitions of identity parents are left without.
    inheritChecks(parent, child);
  }

  /**
   * The parent's CHECKs on a partition are the parent's; one the partition declared itself under the same
   * name is merged into it on ATTACH (coninhcount), as pg_dump relies on.
   */
  static void inheritChecks(TableState parent, TableState child) {
    for (Constraint con : parent.constraints.values()) {
      if (con instanceof CheckConstraint ck && !ck.noInherit() && child.constraints.get(ck.name()) instanceof CheckConstraint) {
        child.inherited.add(ck.name());
      }
      if (con instanceof CheckConstraint ck && !ck.noInherit() && !child.constraints.containsKey(ck.name())) {
        child.constraints.put(ck.name(), new CheckConstraint(ck.name(), ck.expression(), ck.valid(), false, null));
        child.inherited.add(ck.name());
      }
    }
  }

  /** {@code FOR VALUES …} or {@code DEFAULT}, spelled as pg_get_expr(relpartbound) prints it. */
  static String bound(Cursor c) {
    if (c.accept("default")) return "DEFAULT";
    c.expect("for", "values");
    if (c.accept("in")) return "FOR VALUES IN (" + c.parenText() + ")";
    if (c.accept("from")) {
      String from = c.parenText();
      c.expect("to");
      return "FOR VALUES FROM (" + from + ") TO (" + c.parenText() + ")";
    }
    c.expect("with");
    return "FOR VALUES WITH (" + c.parenText().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  private void tail(TableState t, boolean unlogged) {
    List<String> params = new ArrayList<>();
    while (!c.atEnd()) {
      if (c.accept("partition", "by")) {
        Token at = c.peek();
        String strategy = c.identifier("RANGE, LIST or HASH");
        Partitioning.Strategy ps = switch (strategy) {
          case "range" -> Partitioning.Strategy.RANGE;
          case "list" -> Partitioning.Strategy.LIST;
          case "hash" -> Partitioning.Strategy.HASH;
          default -> throw st.error(at, "unknown partition strategy " + strategy);
        };
        int[] r = c.parens();
        List<String> keys = new ArrayList<>();
        for (int[] k : c.splitCommas(r[0], r[1])) {
          Token kt = st.tokens().get(k[0]);
          boolean plainColumn = k[1] - k[0] == 1 && kt.isIdentifier();
          if (plainColumn && t.column(kt.value()).isEmpty()) {
            throw st.error(kt, "partition key names unknown column \"" + kt.value() + "\"");
          }
          keys.add(plainColumn ? kt.value() : st.text(k[0], k[1]));
        }
        t.partitioning = new Partitioning(ps, keys);
      } else if (c.at("with", "(")) {
        c.next();
        params.addAll(PostgresExpressions.storageParameters(c));
      } else if (c.accept("without", "oids")) {
        continue;
      } else if (c.accept("tablespace") || c.accept("using")) {
        c.identifier("name");
      } else if (c.accept("inherits")) {
        throw c.fail("INHERITS is not supported");
      } else if (c.at("for", "values") || c.at("default")) {
        throw c.fail("FOR VALUES needs PARTITION OF");
      } else {
        throw c.fail("unexpected \"" + c.peek().value() + "\" after the column list");
      }
    }
    if (unlogged || !params.isEmpty()) t.attrs.add(new PostgresTableOptions(unlogged, params, 'd'));
  }

  private void hint(Token at, QualifiedName table, String column) {
    PostgresLexer.Hint h = st.hints().get(at.line());
    if (column == null && st.hints().containsKey(st.first().line())) h = st.hints().get(st.first().line());
    if (h == null) return;
    String key = st.file() + ":" + h.line();
    if (s.consumedHints.add(key)) s.renameHints.add(new RenameHint(table, column, h.from(), key));
  }
}
