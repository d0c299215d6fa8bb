package dev.slipway.introspect.yaml;

import dev.slipway.model.CompositeType;
import dev.slipway.model.Dialect;
import dev.slipway.model.DomainType;
import dev.slipway.model.EnumType;
import dev.slipway.model.Extension;
import dev.slipway.model.Namespace;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.Table;
import dev.slipway.model.TypeDef;
import dev.slipway.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Schema} in the YAML desired-state format (docs/yaml.md), leaving out whatever the reader
 * would fill back in, so that {@code read(write(s))} equals {@code s}. The output is deterministic: the
 * model's lists are already sorted, and keys are written in a fixed order.
 *
 * <p>Rename hints are written as {@code renamed_from:}; their locations are the reader's and cannot survive
 * the trip. Attrs the format has no words for (or another dialect's) are refused with an
 * {@link IllegalArgumentException} rather than silently dropped.
 */
public final class YamlSchemaWriter {

  public String write(Schema schema) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("dialect", schema.dialect().id());
    if (!schema.namespaces().isEmpty()) {
      List<Object> schemas = new ArrayList<>();
      for (Namespace n : schema.namespaces()) {
        if (!n.attrs().isEmpty()) throw unsupported("schema " + n.name(), n.attrs());
        if (n.comment() == null) {
          schemas.add(n.name());
        } else {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("name", n.name());
          m.put("comment", n.comment());
          schemas.add(m);
        }
      }
      doc.put("schemas", schemas);
    }
    if (!schema.extensions().isEmpty()) {
      List<Object> extensions = new ArrayList<>();
      for (Extension e : schema.extensions()) {
        if (e.schema() == null && e.version() == null) {
          extensions.add(e.name());
        } else {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("name", e.name());
          put(m, "schema", e.schema());
          put(m, "version", e.version());
          extensions.add(m);
        }
      }
      doc.put("extensions", extensions);
    }
    if (!schema.types().isEmpty()) {
      Map<String, Object> types = new LinkedHashMap<>();
      for (TypeDef t : schema.types()) types.put(YamlNames.format(t.name()), type(t));
      doc.put("types", types);
    }
    if (!schema.sequences().isEmpty()) {
      Map<String, Object> sequences = new LinkedHashMap<>();
      for (Sequence s : schema.sequences()) sequences.put(YamlNames.format(s.name()), sequence(s));
      doc.put("sequences", sequences);
    }
    YamlTableWriter tables = new YamlTableWriter(schema.dialect(), schema.renameHints());
    if (!schema.tables().isEmpty()) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Table t : schema.tables()) out.put(YamlNames.format(t.name()), tables.table(t));
      doc.put("tables", out);
    }
    tables.checkAllHintsWritten();
    if (!schema.views().isEmpty()) {
      Map<String, Object> views = new LinkedHashMap<>();
      for (View v : schema.views()) views.put(YamlNames.format(v.name()), view(v, schema.dialect(), tables));
      doc.put("views", views);
    }
    if (!schema.routines().isEmpty()) {
      List<Object> routines = new ArrayList<>();
      for (Routine r : schema.routines()) routines.add(routine(r));
      doc.put("routines", routines);
    }
    return YamlEmitter.emit(doc);
  }

  static IllegalArgumentException unsupported(String owner, List<?> attrs) {
    return new IllegalArgumentException(owner + ": the YAML format has no words for " + attrs);
  }

  static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) m.put(key, value);
  }

  static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Object> type(TypeDef t) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (t instanceof EnumType e) {
      m.put("labels", new ArrayList<Object>(e.labels()));
    } else if (t instanceof DomainType d) {
      m.put("type", d.baseType().text());
      if (d.notNull()) m.put("not_null", true);
      if (d.defaultValue() != null) m.put("default", d.defaultValue().text());
      put(m, "collation", d.collation());
      if (!d.checks().isEmpty()) {
        List<Object> checks = new ArrayList<>();
        d.checks().forEach(c -> checks.add(YamlTableWriter.check(c)));
        m.put("checks", checks);
      }
    } else if (t instanceof CompositeType c) {
      List<Object> attributes = new ArrayList<>();
      for (CompositeType.Attribute a : c.attributes()) {
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("name", a.name());
        am.put("type", a.type().text());
        put(am, "collation", a.collation());
        attributes.add(am);
      }
      m.put("attributes", attributes);
    }
    put(m, "comment", t.comment());
    return m;
  }

  private static Map<String, Object> sequence(Sequence s) {
    Map<String, Object> m = new LinkedHashMap<>();
    options(m, s.options(), "bigint");
    if (s.ownedByTable() != null) {
      m.put("owned_by", YamlNames.format(s.ownedByTable()) + "." + YamlNames.part(s.ownedByColumn()));
    }
    put(m, "comment", s.comment());
    return m;
  }

  /** Only what differs from the defaults {@link YamlNames#options} would pick. */
  static void options(Map<String, Object> m, SequenceOptions o, String defaultType) {
    if (!o.dataType().equals(defaultType)) m.put("type", o.dataType());
    if (o.start() != YamlNames.defaultStart(o.increment(), o.min(), o.max())) m.put("start", o.start());
    if (o.increment() != 1) m.put("increment", o.increment());
    if (o.min() != YamlNames.defaultMin(o.dataType(), o.increment())) m.put("min", o.min());
    if (o.max() != YamlNames.defaultMax(o.dataType(), o.increment())) m.put("max", o.max());
    if (o.cache() != 1) m.put("cache", o.cache());
    if (o.cycle()) m.put("cycle", true);
  }

  private static Map<String, Object> view(View v, Dialect dialect, YamlTableWriter tables) {
    if (!v.attrs().isEmpty()) throw unsupported("view " + v.name(), v.attrs());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", v.definition());
    if (v.materialized()) m.put("materialized", true);
    if (!v.options().isEmpty()) m.put("options", YamlTableWriter.settings(v.options()));
    if (!v.indexes().isEmpty()) m.put("indexes", tables.indexes(v.name().name(), v.indexes()));
    if (!v.dependsOn().isEmpty()) {
      List<Object> deps = new ArrayList<>();
      for (QualifiedName q : v.dependsOn()) deps.add(YamlNames.format(q));
      m.put("depends_on", deps);
    }
    put(m, "comment", v.comment());
    return m;
  }

  private static Map<String, Object> routine(Routine r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", YamlNames.format(r.name()));
    if (r.kind() != Routine.Kind.FUNCTION) m.put("kind", word(r.kind()));
    if (!r.arguments().isEmpty()) m.put("arguments", r.arguments());
    put(m, "returns", r.returns());
    put(m, "language", r.language());
    m.put("definition", r.definition());
    put(m, "comment", r.comment());
    return m;
  }
}
