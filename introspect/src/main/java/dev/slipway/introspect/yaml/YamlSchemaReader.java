package dev.slipway.introspect.yaml;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import dev.slipway.model.Dialect;
import dev.slipway.model.Extension;
import dev.slipway.model.Namespace;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.Table;
import dev.slipway.model.TypeDef;
import dev.slipway.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the YAML desired-state format (docs/yaml.md) into a {@link Schema}. Files are merged in the order
 * given; an object defined twice is an error naming both places. Every error message starts with
 * {@code file:line:column:}, and nothing half-read is ever returned.
 */
public final class YamlSchemaReader {

  public Schema read(List<SourceFile> files) throws IntrospectionException {
    try {
      return readAll(files);
    } catch (YamlProblem p) {
      throw new IntrospectionException(IntrospectionException.oneLine(p.located()), p);
    }
  }

  private record Parsed(SourceFile file, Fields top) {}

  private Schema readAll(List<SourceFile> files) {
    if (files.isEmpty()) throw new YamlProblem(new YamlNode.Mark("(no files)", 1, 1), "no YAML files to read");
    List<Parsed> parsed = new ArrayList<>();
    Dialect dialect = null;
    YamlNode.Mark dialectMark = null;
    for (SourceFile file : files) {
      YamlNode root = YamlTree.parse(file);
      if (root == null || root instanceof YamlNode.Scalar sc && sc.kind() == YamlNode.Scalar.Kind.NULL) {
        throw new YamlProblem(new YamlNode.Mark(file.name(), 1, 1),
            "the file is empty; expected a mapping starting with dialect: postgresql or dialect: mysql");
      }
      if (!(root instanceof YamlNode.Mapping)) {
        throw new YamlProblem(root.mark(), "the top level must be a mapping (dialect:, tables:, …), found "
            + root.describe());
      }
      Fields top = Fields.of(root, "document", YamlKeys.TOP);
      if (top.has("dialect")) {
        Dialect d = dialect(top);
        if (dialect != null && d != dialect) {
          throw new YamlProblem(top.markOf("dialect"), "dialect " + d.id() + " contradicts dialect "
              + dialect.id() + " given at " + dialectMark);
        }
        dialect = d;
        dialectMark = top.markOf("dialect");
      }
      parsed.add(new Parsed(file, top));
    }
    if (dialect == null) {
      throw new YamlProblem(new YamlNode.Mark(files.get(0).name(), 1, 1),
          "missing dialect: say dialect: postgresql or dialect: mysql");
    }
    return merge(dialect, parsed);
  }

  private static Dialect dialect(Fields top) {
    String text = top.requireString("dialect");
    switch (text.toLowerCase(Locale.ROOT)) {
      case "postgresql": case "postgres": return Dialect.POSTGRES;
      case "mysql": case "mariadb": return Dialect.MYSQL;
      default:
        throw new YamlProblem(top.markOf("dialect"), "dialect '" + text + "' is not one of [postgresql, mysql]");
    }
  }

  /** Tracks where each object was first defined, so a second definition names both places. */
  private static final class Seen {
    private final Map<Object, YamlNode.Mark> first = new HashMap<>();
    private final Map<Object, String> kinds = new HashMap<>();

    void claim(Object key, String kind, String display, YamlNode.Mark at) {
      YamlNode.Mark previous = first.putIfAbsent(key, at);
      if (previous != null) {
        String other = kinds.get(key);
        throw new YamlProblem(at, kind + " " + display + " is already defined"
            + (other.equals(kind) ? "" : " as a " + other) + " at " + previous);
      }
      kinds.put(key, kind);
    }
  }

  /**
   * A referenced table that the files define must have the named columns; one that they do not define is
   * an error only in a schema the files manage (declared, or holding a defined table), since a foreign key
   * may point into a schema Slipway leaves alone.
   */
  private static void checkReferences(List<Table> tables, List<String> declared,
      List<ReadContext.Reference> references) {
    Map<QualifiedName, Table> byName = new HashMap<>();
    java.util.Set<String> managed = new java.util.HashSet<>(declared);
    for (Table t : tables) {
      byName.put(t.name(), t);
      managed.add(t.name().schema());
    }
    for (ReadContext.Reference r : references) {
      Table t = byName.get(r.table());
      if (t == null) {
        if (managed.contains(r.table().schema())) {
          throw new YamlProblem(r.mark(), r.what() + ": unknown table " + r.table());
        }
        continue;
      }
      for (YamlConstraintReader.Name c : r.columns()) {
        if (t.findColumn(c.text()).isEmpty()) {
          throw new YamlProblem(c.mark(), r.what() + ": table " + t.name() + " has no column " + c.text());
        }
      }
    }
  }

  private Schema merge(Dialect dialect, List<Parsed> parsed) {
    List<Namespace> namespaces = new ArrayList<>();
    List<Extension> extensions = new ArrayList<>();
    List<TypeDef> types = new ArrayList<>();
    List<Sequence> sequences = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    List<View> views = new ArrayList<>();
    List<Routine> routines = new ArrayList<>();
    // Each object is read under YamlNames.build: a model check the per-kind reader did not anticipate
    // (a NUL in a name, an empty renamed_from) still comes out located at the object.
    List<RenameHint> hints = new ArrayList<>();
    List<ReadContext.Reference> references = new ArrayList<>();
    Seen seen = new Seen();

    // MySQL has no "public": a lone declared database is the natural default for unqualified names.
    List<String> declared = new ArrayList<>();
    for (Parsed p : parsed) {
      if (p.top().has("schemas")) {
        for (YamlNode n : Fields.asList(p.top().node("schemas"), "schemas").items()) {
          Namespace ns = YamlNames.build(n.mark(), "schema", () -> new YamlObjectReader(new ReadContext(dialect, null)).namespace(n));
          seen.claim("schema:" + ns.name(), "schema", ns.name(), n.mark());
          namespaces.add(ns);
          declared.add(ns.name());
        }
      }
    }
    String fallback = dialect == Dialect.POSTGRES ? "public" : declared.size() == 1 ? declared.get(0) : null;

    for (Parsed p : parsed) {
      Fields top = p.top();
      String defaultSchema = top.has("default_schema") ? top.string("default_schema") : fallback;
      ReadContext cx = new ReadContext(dialect, defaultSchema);
      YamlObjectReader objects = new YamlObjectReader(cx);
      if (top.has("extensions")) {
        for (YamlNode n : Fields.asList(top.node("extensions"), "extensions").items()) {
          Extension e = YamlNames.build(n.mark(), "extension", () -> objects.extension(n));
          seen.claim("extension:" + e.name(), "extension", e.name(), n.mark());
          extensions.add(e);
        }
      }
      if (top.has("types")) {
        for (ReadContext.Item item : ReadContext.items(top.node("types"), "types")) {
          TypeDef t = YamlNames.build(item.keyMark(), "type", () -> objects.type(item));
          seen.claim("type:" + t.name(), "type", t.name().toString(), item.keyMark());
          types.add(t);
        }
      }
      if (top.has("sequences")) {
        for (ReadContext.Item item : ReadContext.items(top.node("sequences"), "sequences")) {
          Sequence s = YamlNames.build(item.keyMark(), "sequence", () -> objects.sequence(item));
          seen.claim(s.name(), "sequence", s.name().toString(), item.keyMark());
          sequences.add(s);
        }
      }
      if (top.has("tables")) {
        YamlTableReader reader = new YamlTableReader(cx);
        for (ReadContext.Item item : ReadContext.items(top.node("tables"), "tables")) {
          Table t = YamlNames.build(item.keyMark(), ReadContext.provisional(item, "table"), () -> reader.read(item));
          seen.claim(t.name(), "table", t.name().toString(), item.keyMark());
          tables.add(t);
        }
      }
      if (top.has("views")) {
        for (ReadContext.Item item : ReadContext.items(top.node("views"), "views")) {
          View v = YamlNames.build(item.keyMark(), "view", () -> objects.view(item));
          seen.claim(v.name(), v.materialized() ? "materialized view" : "view", v.name().toString(), item.keyMark());
          views.add(v);
        }
      }
      if (top.has("routines")) {
        for (YamlNode n : Fields.asList(top.node("routines"), "routines").items()) {
          Routine r = YamlNames.build(n.mark(), "routine", () -> objects.routine(n));
          seen.claim("routine:" + r.signature(), "routine", r.signature(), n.mark());
          routines.add(r);
        }
      }
      hints.addAll(cx.renameHints);
      references.addAll(cx.references);
    }
    checkReferences(tables, declared, references);
    YamlNode.Mark start = parsed.get(0).top().mark();
    return YamlNames.build(start, "schema", () -> new Schema(dialect, namespaces, extensions, types, sequences,
        tables, views, routines, hints));
  }

}
