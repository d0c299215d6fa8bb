package dev.slipway.introspect.postgres;

import static dev.slipway.introspect.postgres.PostgresQueries.flag;
import static dev.slipway.introspect.postgres.PostgresQueries.strings;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.model.Attr;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Deferrability;
import dev.slipway.model.ExclusionConstraint;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Generated;
import dev.slipway.model.Identity;
import dev.slipway.model.Index;
import dev.slipway.model.PartitionOf;
import dev.slipway.model.Partitioning;
import dev.slipway.model.Policy;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.SizeEstimate;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.postgres.PostgresNotNullName;
import dev.slipway.model.postgres.PostgresTableOptions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads tables and everything that hangs off them, one bulk query per kind, and assembles {@link Table}s. */
final class PostgresTables {
  /** A table being assembled; rows of later queries find it by the table's oid. */
  private static final class Draft {
    QualifiedName name;
    long parentOid;
    Partitioning partitioning;
    PartitionOf partitionOf;
    boolean rowSecurity;
    boolean forceRowSecurity;
    String comment;
    PostgresTableOptions options;
    SizeEstimate size;
    final List<Column> columns = new ArrayList<>();
    final List<Integer> attnums = new ArrayList<>(); // of columns, which columns.sql leaves unsorted
    final List<Constraint> constraints = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>();
  }

  private final PostgresQueries queries;
  private final int blockSize;
  private final Map<Long, Draft> drafts = new LinkedHashMap<>();

  PostgresTables(PostgresQueries queries, int blockSize) {
    this.queries = queries;
    this.blockSize = blockSize;
  }

  /**
   * Reads every table and its members. {@code identities} maps "tableOid/column" to the options of the
   * column's identity sequence; {@code relationIndexes} receives the indexes of other relations
   * (materialized views) by the relation's oid.
   */
  List<Table> read(Map<String, SequenceOptions> identities, Map<Long, List<Index>> relationIndexes)
      throws IntrospectionException {
    readTables();
    readColumns(identities);
    readConstraints();
    PostgresIndexes.read(queries, (relid, index) -> {
      Draft d = drafts.get(relid);
      if (d != null) {
        d.indexes.add(index);
      } else {
        relationIndexes.computeIfAbsent(relid, k -> new ArrayList<>()).add(index);
      }
    });
    readTriggers();
    readPolicies();
    List<Table> tables = new ArrayList<>(drafts.size());
    for (Draft d : drafts.values()) {
      List<Attr> attrs = d.options.isDefault() ? List.of() : List.of(d.options);
      tables.add(new Table(d.name, d.columns, d.constraints, d.indexes, d.triggers, d.policies, d.partitioning,
          d.partitionOf, d.rowSecurity, d.forceRowSecurity, d.comment, attrs, d.size));
    }
    return tables;
  }

  private void readTables() throws IntrospectionException {
    queries.each("tables", "tables", rs -> {
      Draft d = new Draft();
      d.name = QualifiedName.of(rs.getString("nspname"), rs.getString("relname"));
      d.rowSecurity = rs.getBoolean("relrowsecurity");
      d.forceRowSecurity = rs.getBoolean("relforcerowsecurity");
      d.comment = rs.getString("description");
      d.options = new PostgresTableOptions(flag(rs, "relpersistence", 'p') == 'u', PostgresQueries.options(rs, "reloptions"),
          flag(rs, "relreplident", 'd'));
      // reltuples < 0 means "never analyzed" (PostgreSQL 14+): the row count is unknown, not zero.
      double tuples = rs.getDouble("reltuples");
      d.size = new SizeEstimate(tuples < 0 ? -1 : (long) tuples, rs.getLong("relpages") * blockSize);
      String bound = rs.getString("partition_bound");
      if (bound != null) {
        d.parentOid = rs.getLong("parent_oid");
        d.partitionOf = new PartitionOf(
            QualifiedName.of(rs.getString("parent_schema"), rs.getString("parent_name")), bound);
      }
      String keydef = rs.getString("partkeydef");
      if (keydef != null) d.partitioning = partitioning(rs, keydef);
      drafts.put(rs.getLong("oid"), d);
    });
  }

  /**
   * Splits {@code pg_get_partkeydef} text ({@code RANGE (taken_on, lower(a))}) into keys. A key that is a
   * plain column is stored as the column's name; an expression, or a column with a non-default collation
   * or operator class, keeps the server's text.
   */
  static Partitioning partitioning(ResultSet rs, String keydef) throws SQLException {
    Partitioning.Strategy strategy = switch (flag(rs, "partstrat", ' ')) {
      case 'r' -> Partitioning.Strategy.RANGE;
      case 'l' -> Partitioning.Strategy.LIST;
      case 'h' -> Partitioning.Strategy.HASH;
      default -> throw new SQLException("unknown partition strategy in " + keydef);
    };
    List<String> pieces = PostgresText.splitTopLevel(
        keydef.substring(keydef.indexOf('(') + 1, keydef.lastIndexOf(')')));
    List<String> names = strings(rs, "partattnames");
    List<String> quoted = strings(rs, "partattquoted");
    List<String> keys = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      boolean plainColumn = i < names.size() && names.get(i) != null && piece.equals(quoted.get(i));
      keys.add(plainColumn ? names.get(i) : piece);
    }
    return new Partitioning(strategy, keys);
  }

  private void readColumns(Map<String, SequenceOptions> identities) throws IntrospectionException {
    queries.each("columns", "columns", rs -> {
      Draft d = drafts.get(rs.getLong("attrelid"));
      if (d == null) return; // a table owned by an extension
      String name = rs.getString("attname");
      char identity = flag(rs, "attidentity", ' ');
      char generated = flag(rs, "attgenerated", ' ');
      String expr = rs.getString("default_expr");
      Identity id = null;
      if (identity == 'a' || identity == 'd') {
        SequenceOptions options = identity(identities, rs.getLong("attrelid"), name);
        if (options == null) throw new SQLException("no identity sequence for column " + d.name + "." + name);
        id = new Identity(identity == 'a' ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT, options);
      }
      Generated gen = null;
      if (generated == 's' || generated == 'v') {
        gen = new Generated(Expr.of(expr), generated == 's');
        expr = null;
      }
      String notNull = rs.getString("not_null_name");
      List<Attr> attrs = notNull == null || notNull.equals(PostgresNotNullName.defaultName(d.name.name(), name))
          ? List.of() : List.of(new PostgresNotNullName(notNull));
      d.columns.add(new Column(name, SqlType.of(rs.getString("type")), !rs.getBoolean("attnotnull"),
          Expr.ofNullable(expr), id, gen, rs.getString("collation"), rs.getString("description"), attrs));
      d.attnums.add(rs.getInt("attnum"));
    });
    for (Draft d : drafts.values()) sortByAttnum(d);
  }

  /** Puts a table's columns in declared (attnum) order, which is usually the order they arrived in. */
  private static void sortByAttnum(Draft d) {
    List<Integer> at = d.attnums;
    boolean sorted = true;
    for (int i = 1; i < at.size() && sorted; i++) sorted = at.get(i - 1) < at.get(i);
    if (sorted) return;
    Integer[] order = new Integer[at.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(at::get));
    List<Column> columns = new ArrayList<>(d.columns.size());
    for (Integer i : order) columns.add(d.columns.get(i));
    d.columns.clear();
    d.columns.addAll(columns);
  }

  /**
   * The identity options of a column. Since PostgreSQL 17 a partition's column is an identity column too,
   * backed by its partitioned parent's sequence (postgresql.org/docs/17/release-17.html), so the lookup
   * walks up the partition tree; columns are matched by name, attnums may differ between levels.
   */
  private SequenceOptions identity(Map<String, SequenceOptions> identities, long relid, String column) {
    for (Draft d = drafts.get(relid); d != null; d = drafts.get(relid)) {
      SequenceOptions options = identities.get(relid + "/" + column);
      if (options != null || d.parentOid == 0) return options;
      relid = d.parentOid;
    }
    return null;
  }

  private void readConstraints() throws IntrospectionException {
    queries.each("constraints", "constraints", rs -> {
      Draft d = drafts.get(rs.getLong("conrelid"));
      if (d == null) return;
      String name = rs.getString("conname");
      String comment = rs.getString("description");
      List<String> columns = strings(rs, "columns");
      Deferrability deferrability = !rs.getBoolean("condeferrable") ? Deferrability.NOT_DEFERRABLE
          : rs.getBoolean("condeferred") ? Deferrability.INITIALLY_DEFERRED : Deferrability.INITIALLY_IMMEDIATE;
      switch (flag(rs, "contype", ' ')) {
        case 'p' -> d.constraints.add(new PrimaryKey(name, columns, strings(rs, "include"), comment));
        case 'u' -> d.constraints.add(new UniqueConstraint(name, columns, strings(rs, "include"),
            rs.getBoolean("nulls_not_distinct"), deferrability, comment));
        case 'c' -> d.constraints.add(new CheckConstraint(name, Expr.of(rs.getString("check_expr")),
            rs.getBoolean("convalidated"), rs.getBoolean("connoinherit"), comment));
        case 'x' -> d.constraints.add(new ExclusionConstraint(name, rs.getString("definition"), deferrability, comment));
        case 'f' -> d.constraints.add(new ForeignKey(name, columns,
            QualifiedName.of(rs.getString("ref_schema"), rs.getString("ref_table")), strings(rs, "ref_columns"),
            action(flag(rs, "confupdtype", 'a')), action(flag(rs, "confdeltype", 'a')),
            match(flag(rs, "confmatchtype", 's')), deferrability, rs.getBoolean("convalidated"), comment));
        default -> throw new SQLException("unexpected constraint type on " + d.name + "." + name);
      }
    });
  }

  /** confupdtype/confdeltype codes: postgresql.org/docs/current/catalog-pg-constraint.html */
  static ForeignKey.Action action(char code) {
    return switch (code) {
      case 'r' -> ForeignKey.Action.RESTRICT;
      case 'c' -> ForeignKey.Action.CASCADE;
      case 'n' -> ForeignKey.Action.SET_NULL;
      case 'd' -> ForeignKey.Action.SET_DEFAULT;
      default -> ForeignKey.Action.NO_ACTION;
    };
  }

  static ForeignKey.Match match(char code) {
    return switch (code) {
      case 'f' -> ForeignKey.Match.FULL;
      case 'p' -> ForeignKey.Match.PARTIAL;
      default -> ForeignKey.Match.SIMPLE;
    };
  }

  private void readTriggers() throws IntrospectionException {
    queries.each("triggers", "triggers", rs -> {
      Draft d = drafts.get(rs.getLong("tgrelid"));
      if (d == null) return;
      d.triggers.add(new Trigger(rs.getString("tgname"), rs.getString("definition"),
          QualifiedName.of(rs.getString("function_schema"), rs.getString("function_name")),
          flag(rs, "tgenabled", 'O') != 'D', rs.getString("description")));
    });
  }

  private void readPolicies() throws IntrospectionException {
    Map<Character, Policy.Command> commands = new HashMap<>(Map.of('*', Policy.Command.ALL,
        'r', Policy.Command.SELECT, 'a', Policy.Command.INSERT, 'w', Policy.Command.UPDATE,
        'd', Policy.Command.DELETE));
    queries.each("policies", "row-level security policies", rs -> {
      Draft d = drafts.get(rs.getLong("polrelid"));
      if (d == null) return;
      d.policies.add(new Policy(rs.getString("polname"), rs.getBoolean("polpermissive"),
          commands.get(flag(rs, "polcmd", '*')), strings(rs, "roles"), Expr.ofNullable(rs.getString("using_expr")),
          Expr.ofNullable(rs.getString("check_expr")), rs.getString("description")));
    });
  }
}
