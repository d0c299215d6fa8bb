package dev.slipway.introspect.yaml;

import dev.slipway.model.Attr;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Dialect;
import dev.slipway.model.Expr;
import dev.slipway.model.Generated;
import dev.slipway.model.Identity;
import dev.slipway.model.Index;
import dev.slipway.model.PartitionOf;
import dev.slipway.model.Partitioning;
import dev.slipway.model.Policy;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.SizeEstimate;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.model.postgres.PostgresTableOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one table: columns, then the constraints and indexes over them, then the table's own settings. */
final class YamlTableReader {
  private final ReadContext cx;

  YamlTableReader(ReadContext cx) {
    this.cx = cx;
  }

  Table read(ReadContext.Item item) {
    Fields pre = Fields.of(item.body(), ReadContext.provisional(item, "table"), YamlKeys.TABLE);
    QualifiedName name = cx.nameOf(item, pre, "table");
    Fields f = Fields.of(item.body(), "table " + name, YamlKeys.TABLE);
    if (f.has("renamed_from")) {
      cx.renameHints.add(new RenameHint(name, null, f.requireString("renamed_from"), location(f.keyMark("renamed_from"))));
    }
    YamlConstraintReader constraints = new YamlConstraintReader(cx, name);
    // The key is read first: its columns are NOT NULL unless they say otherwise.
    PrimaryKey pk = f.has("primary_key") ? constraints.primaryKey(f.node("primary_key")) : null;
    Set<String> keyColumns = pk == null ? Set.of() : new HashSet<>(pk.columns());

    List<Column> columns = new ArrayList<>();
    Map<String, YamlNode.Mark> seen = new LinkedHashMap<>();
    if (f.has("columns")) {
      for (YamlNode n : Fields.asList(f.node("columns"), f.what() + ", columns").items()) {
        Column c = column(name, n, keyColumns);
        YamlNode.Mark first = seen.putIfAbsent(c.name(), n.mark());
        if (first != null) {
          throw new YamlProblem(n.mark(), "table " + name + ": duplicate column " + c.name()
              + " (first defined at line " + first.line() + ")");
        }
        columns.add(c);
      }
    }
    Set<String> known = seen.keySet();
    List<Constraint> cons = new ArrayList<>();
    if (pk != null) {
      constraints.checkPrimaryKeyColumns(f.node("primary_key"), known);
      cons.add(pk);
    }
    cons.addAll(constraints.uniques(f.node("unique"), known));
    cons.addAll(constraints.checks(f.node("checks")));
    cons.addAll(constraints.foreignKeys(f.node("foreign_keys"), known));
    cons.addAll(constraints.exclusions(f.node("exclusions")));
    List<Index> indexes = constraints.indexes(f.node("indexes"), name.name(), known);
    rejectDuplicates(f, cons, indexes);

    Partitioning partitioning = null;
    if (f.has("partitioning")) {
      Fields p = Fields.of(f.node("partitioning"), f.what() + ", partitioning", YamlKeys.PARTITIONING);
      partitioning = YamlNames.build(p.mark(), p.what(), () -> new Partitioning(
          p.enumValue("strategy", Partitioning.Strategy.class, null), p.strings("keys")));
    }
    PartitionOf partitionOf = null;
    if (f.has("partition_of")) {
      Fields p = Fields.of(f.node("partition_of"), f.what() + ", partition_of", YamlKeys.PARTITION_OF);
      QualifiedName parent = cx.qualified(p.requireString("parent"), p.markOf("parent"), p.what());
      cx.references.add(new ReadContext.Reference(parent, p.markOf("parent"), List.of(), p.what()));
      String bound = p.requireString("bound");
      partitionOf = YamlNames.build(p.mark(), p.what(), () -> new PartitionOf(parent, bound));
    }
    List<Policy> policies = new ArrayList<>();
    if (f.has("policies")) {
      for (YamlNode n : Fields.asList(f.node("policies"), f.what() + ", policies").items()) policies.add(policy(name, n));
    }
    List<Trigger> triggers = new ArrayList<>();
    if (f.has("triggers")) {
      for (YamlNode n : Fields.asList(f.node("triggers"), f.what() + ", triggers").items()) triggers.add(trigger(name, n));
    }
    List<Attr> attrs = f.has("options") ? List.of(options(f)) : List.of();
    Partitioning part = partitioning;
    PartitionOf of = partitionOf;
    return YamlNames.build(f.mark(), f.what(), () -> new Table(name, columns, cons, indexes, triggers, policies,
        part, of, f.bool("row_security", false), f.bool("force_row_security", false), f.string("comment"),
        attrs, SizeEstimate.UNKNOWN));
  }

  static String location(YamlNode.Mark m) {
    return m.file() + ":" + m.line();
  }

  private static void rejectDuplicates(Fields f, List<Constraint> cons, List<Index> indexes) {
    Set<String> names = new HashSet<>();
    for (Constraint c : cons) {
      if (!names.add(c.name())) throw f.problem(f.mark(), "two constraints are named " + c.name());
    }
    Set<String> indexNames = new HashSet<>();
    for (Index i : indexes) {
      if (!indexNames.add(i.name())) throw f.problem(f.markOf("indexes"), "two indexes are named " + i.name());
    }
  }

  private Column column(QualifiedName table, YamlNode node, Set<String> keyColumns) {
    String what = "table " + table + ", column";
    if (node instanceof YamlNode.Mapping m && m.entries().get("name") != null
        && m.entries().get("name").value() instanceof YamlNode.Scalar s && s.text() != null) {
      what = what + " " + s.text();
    }
    Fields f = Fields.of(node, what, YamlKeys.COLUMN);
    String name = f.requireString("name");
    SqlType type = YamlNames.build(f.markOf("type"), f.what(), () -> SqlType.of(f.requireString("type")));
    Identity identity = f.has("identity") ? identity(f, type) : null;
    Generated generated = f.has("generated") ? generated(f) : null;
    Boolean nullable = f.boolOrNull("nullable");
    Boolean notNull = f.boolOrNull("not_null");
    if (nullable != null && notNull != null && nullable == notNull) {
      throw f.problem(f.keyMark("not_null"), "nullable and not_null contradict each other");
    }
    // Identity and primary-key columns are NOT NULL in both engines; say so only to override.
    boolean implied = identity != null || keyColumns.contains(name);
    boolean isNullable = nullable != null ? nullable : notNull != null ? !notNull : !implied;
    Expr dflt = f.has("default") ? YamlNames.build(f.markOf("default"), f.what(), () -> Expr.of(f.string("default"))) : null;
    List<Attr> attrs = List.of();
    if (f.has("mysql")) {
      Fields m = Fields.of(f.node("mysql"), f.what() + ", mysql", YamlKeys.MYSQL_COLUMN);
      String onUpdate = m.string("on_update");
      attrs = List.of(new MySqlColumnOptions(m.bool("auto_increment", false),
          onUpdate == null ? null : YamlNames.build(m.markOf("on_update"), m.what(), () -> Expr.of(onUpdate)),
          m.string("charset")));
    }
    if (f.has("renamed_from")) {
      cx.renameHints.add(new RenameHint(table, name, f.requireString("renamed_from"), location(f.keyMark("renamed_from"))));
    }
    List<Attr> a = attrs;
    return YamlNames.build(f.mark(), f.what(), () -> new Column(name, type, isNullable, dflt, identity, generated,
        f.string("collation"), f.string("comment"), a));
  }

  /** {@code identity: always}, {@code identity: by_default}, or a mapping with sequence options. */
  private Identity identity(Fields column, SqlType type) {
    YamlNode n = column.node("identity");
    String what = column.what() + ", identity";
    String seqType = YamlNames.identityType(type.text());
    if (n instanceof YamlNode.Scalar) {
      Identity.Generation g = Fields.asEnum(n, Identity.Generation.class, what);
      return new Identity(g, YamlNames.options(Fields.of(new YamlNode.Mapping(n.mark(), Map.of()), what,
          YamlKeys.IDENTITY), seqType));
    }
    Fields f = Fields.of(n, what, YamlKeys.IDENTITY);
    Identity.Generation g = f.enumValue("generation", Identity.Generation.class, Identity.Generation.BY_DEFAULT);
    return YamlNames.build(f.mark(), what, () -> new Identity(g, YamlNames.options(f, seqType)));
  }

  /** {@code generated: "a + b"} or {@code {expression, stored}}; stored by default on PostgreSQL only. */
  private Generated generated(Fields column) {
    YamlNode n = column.node("generated");
    String what = column.what() + ", generated";
    boolean storedByDefault = cx.dialect == Dialect.POSTGRES;
    if (n instanceof YamlNode.Scalar) {
      String text = Fields.asString(n, what);
      return YamlNames.build(n.mark(), what, () -> new Generated(Expr.of(text), storedByDefault));
    }
    Fields f = Fields.of(n, what, YamlKeys.GENERATED);
    String text = f.requireString("expression");
    boolean stored = f.bool("stored", storedByDefault);
    return YamlNames.build(f.markOf("expression"), what, () -> new Generated(Expr.of(text), stored));
  }

  private Attr options(Fields table) {
    String what = table.what() + ", options";
    if (cx.dialect == Dialect.MYSQL) {
      Fields f = Fields.of(table.node("options"), what, YamlKeys.MYSQL_OPTIONS);
      return new MySqlTableOptions(f.string("engine"), f.string("charset"), f.string("collation"),
          f.string("row_format"));
    }
    Fields f = Fields.of(table.node("options"), what, YamlKeys.POSTGRES_OPTIONS);
    char identity = 'd';
    if (f.has("replica_identity")) {
      ReplicaIdentity r = f.enumValue("replica_identity", ReplicaIdentity.class, ReplicaIdentity.DEFAULT);
      identity = r.code;
    }
    return new PostgresTableOptions(f.bool("unlogged", false), YamlConstraintReader.settings(f, "storage_parameters"),
        identity);
  }

  /** REPLICA IDENTITY as words; the model keeps pg_class.relreplident's letter. */
  enum ReplicaIdentity {
    DEFAULT('d'), NOTHING('n'), FULL('f'), INDEX('i');

    final char code;

    ReplicaIdentity(char code) {
      this.code = code;
    }

    static ReplicaIdentity of(char code) {
      for (ReplicaIdentity r : values()) {
        if (r.code == code) return r;
      }
      throw new IllegalArgumentException("unknown replica identity '" + code + "'");
    }
  }

  private Policy policy(QualifiedName table, YamlNode n) {
    Fields f = Fields.of(n, "table " + table + ", policy", YamlKeys.POLICY);
    String name = f.requireString("name");
    String using = f.string("using");
    String check = f.string("with_check");
    return YamlNames.build(f.mark(), "table " + table + ", policy " + name, () -> new Policy(name,
        f.bool("permissive", true), f.enumValue("command", Policy.Command.class, Policy.Command.ALL),
        f.strings("roles"), Expr.ofNullable(using), Expr.ofNullable(check), f.string("comment")));
  }

  private Trigger trigger(QualifiedName table, YamlNode n) {
    Fields f = Fields.of(n, "table " + table + ", trigger", YamlKeys.TRIGGER);
    String name = f.requireString("name");
    String function = f.string("function");
    QualifiedName fn = function == null ? null : cx.qualified(function, f.markOf("function"), f.what());
    return YamlNames.build(f.mark(), "table " + table + ", trigger " + name, () -> new Trigger(name,
        f.requireString("definition"), fn, f.bool("enabled", true), f.string("comment")));
  }
}
