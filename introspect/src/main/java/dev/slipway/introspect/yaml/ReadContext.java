package dev.slipway.introspect.yaml;

import dev.slipway.model.Dialect;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the per-kind readers need to know about the file they read: dialect, default schema, hints. */
final class ReadContext {
  final Dialect dialect;
  final String defaultSchema;
  final List<RenameHint> renameHints = new ArrayList<>();
  /** Tables and columns named from elsewhere (foreign keys, OWNED BY, PARTITION OF), checked once all is read. */
  final List<Reference> references = new ArrayList<>();

  /** A table (and some of its columns) that {@code what} names at {@code mark}. */
  record Reference(QualifiedName table, YamlNode.Mark mark, List<YamlConstraintReader.Name> columns, String what) {}

  ReadContext(Dialect dialect, String defaultSchema) {
    this.dialect = dialect;
    this.defaultSchema = defaultSchema;
  }

  QualifiedName qualified(String text, YamlNode.Mark mark, String what) {
    return YamlNames.qualified(text, defaultSchema, mark, what);
  }

  /** One object of a collection: its key in the mapping form (null in the list form) and its body. */
  record Item(String key, YamlNode.Mark keyMark, YamlNode body) {}

  /**
   * A collection written either as a mapping keyed by name ({@code tables: {public.users: {...}}}) or as a
   * list of mappings with {@code name:} ({@code tables: [{name: public.users, ...}]}).
   */
  static List<Item> items(YamlNode collection, String what) {
    List<Item> out = new ArrayList<>();
    if (collection instanceof YamlNode.Mapping m) {
      for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
        YamlNode body = e.getValue().value();
        if (body instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
          body = new YamlNode.Mapping(e.getValue().keyMark(), Map.of()); // "users:" with nothing under it
        }
        out.add(new Item(e.getKey(), e.getValue().keyMark(), body));
      }
    } else if (collection instanceof YamlNode.Sequence s) {
      for (YamlNode n : s.items()) out.add(new Item(null, n.mark(), n));
    } else {
      throw new YamlProblem(collection.mark(), what + ": expected a mapping keyed by name or a list, found "
          + collection.describe());
    }
    return out;
  }

  /**
   * The qualified name of an item: its key in the mapping form; in the list form {@code name:} (split on
   * dots) or {@code schema:} plus {@code name:} taken literally.
   */
  QualifiedName nameOf(Item item, Fields f, String kind) {
    if (item.key() != null) {
      if (f.has("name") || f.has("schema")) {
        throw f.problem(f.keyMark(f.has("name") ? "name" : "schema"),
            "the name is already given by the key '" + item.key() + "'");
      }
      return qualified(item.key(), item.keyMark(), kind);
    }
    String name = f.requireString("name");
    String schema = f.string("schema");
    if (schema != null) {
      return YamlNames.build(f.markOf("schema"), kind, () -> new QualifiedName(schema, name));
    }
    return qualified(name, f.markOf("name"), kind);
  }

  /** "table public.users" before the name is known, for the first messages about an item. */
  static String provisional(Item item, String kind) {
    if (item.key() != null) return kind + " " + item.key();
    if (item.body() instanceof YamlNode.Mapping m && m.entries().get("name") != null
        && m.entries().get("name").value() instanceof YamlNode.Scalar s && s.text() != null) {
      return kind + " " + s.text();
    }
    return kind;
  }
}
