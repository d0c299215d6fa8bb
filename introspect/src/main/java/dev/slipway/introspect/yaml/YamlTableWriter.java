package dev.slipway.introspect.yaml;

import static dev.slipway.introspect.yaml.YamlSchemaWriter.put;
import static dev.slipway.introspect.yaml.YamlSchemaWriter.unsupported;
import static dev.slipway.introspect.yaml.YamlSchemaWriter.word;

import dev.slipway.model.Attr;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.Deferrability;
import dev.slipway.model.Dialect;
import dev.slipway.model.ExclusionConstraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.Policy;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.mysql.MySqlColumnOptions;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.model.postgres.PostgresTableOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes one table (and the indexes of materialized views) as the reader expects it. */
final class YamlTableWriter {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("0|-?[1-9][0-9]{0,17}");

  private final Dialect dialect;
  private final List<RenameHint> hints;
  private final Set<RenameHint> written = new HashSet<>();

  YamlTableWriter(Dialect dialect, List<RenameHint> hints) {
    this.dialect = dialect;
    this.hints = hints;
  }

  Map<String, Object> table(Table t) {
    Map<String, Object> m = new LinkedHashMap<>();
    hint(t, null).ifPresent(h -> m.put("renamed_from", h));
    Set<String> keyColumns = new HashSet<>(t.primaryKey().map(PrimaryKey::columns).orElse(List.of()));
    List<Object> columns = new ArrayList<>();
    for (Column c : t.columns()) columns.add(column(t, c, keyColumns.contains(c.name())));
    m.put("columns", columns);
    List<Object> unique = new ArrayList<>();
    List<Object> checks = new ArrayList<>();
    List<Object> fks = new ArrayList<>();
    List<Object> exclusions = new ArrayList<>();
    for (Constraint c : t.constraints()) {
      if (c instanceof PrimaryKey pk) {
        m.put("primary_key", primaryKey(t, pk));
      } else if (c instanceof UniqueConstraint u) {
        unique.add(unique(t, u));
      } else if (c instanceof CheckConstraint ch) {
        checks.add(check(ch));
      } else if (c instanceof ForeignKey fk) {
        fks.add(foreignKey(t, fk, fks.size() + 1));
      } else if (c instanceof ExclusionConstraint x) {
        Map<String, Object> xm = new LinkedHashMap<>();
        xm.put("name", x.name());
        xm.put("definition", x.definition());
        deferrable(xm, x.deferrability());
        put(xm, "comment", x.comment());
        exclusions.add(xm);
      }
    }
    if (!unique.isEmpty()) m.put("unique", unique);
    if (!checks.isEmpty()) m.put("checks", checks);
    if (!fks.isEmpty()) m.put("foreign_keys", fks);
    if (!exclusions.isEmpty()) m.put("exclusions", exclusions);
    if (!t.indexes().isEmpty()) m.put("indexes", indexes(t.name().name(), t.indexes()));
    if (t.partitioning() != null) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("strategy", word(t.partitioning().strategy()));
      p.put("keys", new ArrayList<Object>(t.partitioning().keys()));
      m.put("partitioning", p);
    }
    if (t.partitionOf() != null) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("parent", YamlNames.format(t.partitionOf().parent()));
      p.put("bound", t.partitionOf().bound());
      m.put("partition_of", p);
    }
    if (t.rowSecurity()) m.put("row_security", true);
    if (t.forceRowSecurity()) m.put("force_row_security", true);
    if (!t.policies().isEmpty()) {
      List<Object> policies = new ArrayList<>();
      for (Policy p : t.policies()) policies.add(policy(p));
      m.put("policies", policies);
    }
    if (!t.triggers().isEmpty()) {
      List<Object> triggers = new ArrayList<>();
      for (Trigger tr : t.triggers()) triggers.add(trigger(tr));
      m.put("triggers", triggers);
    }
    if (!t.attrs().isEmpty()) m.put("options", options(t));
    put(m, "comment", t.comment());
    return m;
  }

  private java.util.Optional<String> hint(Table t, String column) {
    for (RenameHint h : hints) {
      if (h.table().equals(t.name()) && java.util.Objects.equals(h.column(), column) && written.add(h)) {
        return java.util.Optional.of(h.from());
      }
    }
    return java.util.Optional.empty();
  }

  void checkAllHintsWritten() {
    for (RenameHint h : hints) {
      if (!written.contains(h)) {
        throw new IllegalArgumentException("rename hint " + h + " names no table or column of the schema"
            + " (or repeats one)");
      }
    }
  }

  private Map<String, Object> column(Table t, Column c, boolean inKey) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("type", c.type().text());
    boolean implied = c.identity() != null || inKey;
    if (!c.nullable() && !implied) m.put("not_null", true);
    if (c.nullable() && implied) m.put("nullable", true);
    if (c.defaultValue() != null) m.put("default", c.defaultValue().text());
    if (c.identity() != null) m.put("identity", identity(c));
    if (c.generated() != null) {
      boolean storedByDefault = dialect == Dialect.POSTGRES;
      if (c.generated().stored() == storedByDefault) {
        m.put("generated", c.generated().expression().text());
      } else {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("expression", c.generated().expression().text());
        g.put("stored", c.generated().stored());
        m.put("generated", g);
      }
    }
    put(m, "collation", c.collation());
    put(m, "comment", c.comment());
    hint(t, c.name()).ifPresent(h -> m.put("renamed_from", h));
    for (Attr a : c.attrs()) {
      if (!(a instanceof MySqlColumnOptions o) || c.attrs().size() > 1) {
        throw unsupported("column " + t.name() + "." + c.name(), c.attrs());
      }
      Map<String, Object> my = new LinkedHashMap<>();
      if (o.autoIncrement()) my.put("auto_increment", true);
      if (o.onUpdate() != null) my.put("on_update", o.onUpdate().text());
      put(my, "charset", o.charset());
      m.put("mysql", my);
    }
    return m;
  }

  private static Object identity(Column c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generation", word(c.identity().generation()));
    YamlSchemaWriter.options(m, c.identity().options(), YamlNames.identityType(c.type().text()));
    return m.size() == 1 ? m.get("generation") : m;
  }

  private Object primaryKey(Table t, PrimaryKey pk) {
    if (pk.name().equals(YamlNames.primaryKeyName(dialect, t.name())) && pk.include().isEmpty()
        && pk.comment() == null) {
      return new ArrayList<Object>(pk.columns());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", pk.name());
    m.put("columns", new ArrayList<Object>(pk.columns()));
    if (!pk.include().isEmpty()) m.put("include", new ArrayList<Object>(pk.include()));
    put(m, "comment", pk.comment());
    return m;
  }

  private Object unique(Table t, UniqueConstraint u) {
    boolean defaultName = u.name().equals(YamlNames.uniqueName(dialect, t.name(), u.columns()));
    if (defaultName && u.include().isEmpty() && !u.nullsNotDistinct()
        && u.deferrability() == Deferrability.NOT_DEFERRABLE && u.comment() == null) {
      return new ArrayList<Object>(u.columns());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    if (!defaultName) m.put("name", u.name());
    m.put("columns", new ArrayList<Object>(u.columns()));
    if (!u.include().isEmpty()) m.put("include", new ArrayList<Object>(u.include()));
    if (u.nullsNotDistinct()) m.put("nulls_not_distinct", true);
    deferrable(m, u.deferrability());
    put(m, "comment", u.comment());
    return m;
  }

  static Map<String, Object> check(CheckConstraint c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("expression", c.expression().text());
    if (!c.valid()) m.put("valid", false);
    if (c.noInherit()) m.put("no_inherit", true);
    put(m, "comment", c.comment());
    return m;
  }

  private Map<String, Object> foreignKey(Table t, ForeignKey fk, int position) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!fk.name().equals(YamlNames.foreignKeyName(dialect, t.name(), fk.columns(), position))) {
      m.put("name", fk.name());
    }
    m.put("columns", new ArrayList<Object>(fk.columns()));
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("table", YamlNames.format(fk.referencedTable()));
    ref.put("columns", new ArrayList<Object>(fk.referencedColumns()));
    m.put("references", ref);
    if (fk.onDelete() != ForeignKey.Action.NO_ACTION) m.put("on_delete", word(fk.onDelete()));
    if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) m.put("on_update", word(fk.onUpdate()));
    if (fk.match() != ForeignKey.Match.SIMPLE) m.put("match", word(fk.match()));
    deferrable(m, fk.deferrability());
    if (!fk.valid()) m.put("valid", false);
    put(m, "comment", fk.comment());
    return m;
  }

  private static void deferrable(Map<String, Object> m, Deferrability d) {
    if (d == Deferrability.INITIALLY_IMMEDIATE) m.put("deferrable", true);
    if (d == Deferrability.INITIALLY_DEFERRED) m.put("deferrable", word(d));
  }

  List<Object> indexes(String relation, List<Index> indexes) {
    List<Object> out = new ArrayList<>();
    for (Index i : indexes) {
      if (!i.attrs().isEmpty()) throw unsupported("index " + i.name(), i.attrs());
      Map<String, Object> m = new LinkedHashMap<>();
      if (!i.name().equals(YamlNames.indexName(dialect, relation, i.keys()))) m.put("name", i.name());
      List<Object> keys = new ArrayList<>();
      for (IndexKey k : i.keys()) keys.add(key(k));
      m.put("columns", keys);
      if (!i.method().equals(YamlNames.defaultIndexMethod(dialect))) m.put("method", i.method());
      if (i.unique()) m.put("unique", true);
      if (i.nullsNotDistinct()) m.put("nulls_not_distinct", true);
      if (!i.include().isEmpty()) m.put("include", new ArrayList<Object>(i.include()));
      if (i.predicate() != null) m.put("where", i.predicate().text());
      if (!i.storageParameters().isEmpty()) m.put("with", settings(i.storageParameters()));
      if (!i.valid()) m.put("valid", false);
      put(m, "comment", i.comment());
      out.add(m);
    }
    return out;
  }

  private static Object key(IndexKey k) {
    if (k.column() != null && k.collation() == null && k.opclass() == null && k.order() == IndexKey.Order.ASC
        && k.nulls() == IndexKey.Nulls.DEFAULT && k.prefixLength() == null) {
      return k.column();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "column", k.column());
    if (k.expression() != null) m.put("expression", k.expression().text());
    put(m, "opclass", k.opclass());
    put(m, "collation", k.collation());
    if (k.order() != IndexKey.Order.ASC) m.put("order", word(k.order()));
    if (k.nulls() != IndexKey.Nulls.DEFAULT) m.put("nulls", word(k.nulls()));
    if (k.prefixLength() != null) m.put("prefix_length", (long) k.prefixLength());
    return m;
  }

  /** {@code [fillfactor=70]} as {@code {fillfactor: 70}} when that reads back the same, else the list. */
  static Object settings(List<String> items) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String s : items) {
      int eq = s.indexOf('=');
      if (eq <= 0 || m.containsKey(s.substring(0, eq))) return new ArrayList<Object>(items);
      String value = s.substring(eq + 1);
      if (WHOLE_NUMBER.matcher(value).matches()) {
        m.put(s.substring(0, eq), Long.parseLong(value));
      } else if (value.equals("true") || value.equals("false")) {
        m.put(s.substring(0, eq), Boolean.parseBoolean(value));
      } else {
        m.put(s.substring(0, eq), value);
      }
    }
    return m;
  }

  private static Map<String, Object> policy(Policy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    if (!p.permissive()) m.put("permissive", false);
    if (p.command() != Policy.Command.ALL) m.put("command", word(p.command()));
    if (!p.roles().equals(List.of("public"))) m.put("roles", new ArrayList<Object>(p.roles()));
    if (p.using() != null) m.put("using", p.using().text());
    if (p.withCheck() != null) m.put("with_check", p.withCheck().text());
    put(m, "comment", p.comment());
    return m;
  }

  private static Map<String, Object> trigger(Trigger t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name());
    m.put("definition", t.definition());
    if (t.function() != null) m.put("function", YamlNames.format(t.function()));
    if (!t.enabled()) m.put("enabled", false);
    put(m, "comment", t.comment());
    return m;
  }

  private Map<String, Object> options(Table t) {
    Map<String, Object> m = new LinkedHashMap<>();
    Attr a = t.attrs().get(0);
    if (t.attrs().size() == 1 && dialect == Dialect.POSTGRES && a instanceof PostgresTableOptions o) {
      if (o.unlogged()) m.put("unlogged", true);
      if (!o.storageParameters().isEmpty()) m.put("storage_parameters", settings(o.storageParameters()));
      if (o.replicaIdentity() != 'd') m.put("replica_identity", word(YamlTableReader.ReplicaIdentity.of(o.replicaIdentity())));
      return m;
    }
    if (t.attrs().size() == 1 && dialect == Dialect.MYSQL && a instanceof MySqlTableOptions o) {
      put(m, "engine", o.engine());
      put(m, "charset", o.charset());
      put(m, "collation", o.collation());
      put(m, "row_format", o.rowFormat());
      return m;
    }
    throw unsupported("table " + t.name(), t.attrs());
  }
}
