package dev.slipway.introspect.yaml;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.CompositeType;
import dev.slipway.model.DomainType;
import dev.slipway.model.EnumType;
import dev.slipway.model.Expr;
import dev.slipway.model.Extension;
import dev.slipway.model.Namespace;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Sequence;
import dev.slipway.model.SqlType;
import dev.slipway.model.TypeDef;
import dev.slipway.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads everything that is not a table: schemas, extensions, types, sequences, views and routines. */
final class YamlObjectReader {
  private final ReadContext cx;

  YamlObjectReader(ReadContext cx) {
    this.cx = cx;
  }

  /** {@code - app} or {@code - {name: app, comment: …}}. */
  Namespace namespace(YamlNode n) {
    if (n instanceof YamlNode.Scalar) {
      String name = Fields.asString(n, "schema");
      return YamlNames.build(n.mark(), "schema", () -> Namespace.of(name));
    }
    Fields f = Fields.of(n, "schema", YamlKeys.NAMESPACE);
    String name = f.requireString("name");
    return YamlNames.build(f.mark(), "schema " + name, () -> new Namespace(name, f.string("comment"), List.of()));
  }

  /** {@code - pgcrypto} or {@code - {name: postgis, schema: gis, version: "3.4"}}. */
  Extension extension(YamlNode n) {
    if (n instanceof YamlNode.Scalar) {
      String name = Fields.asString(n, "extension");
      return YamlNames.build(n.mark(), "extension", () -> new Extension(name, null, null));
    }
    Fields f = Fields.of(n, "extension", YamlKeys.EXTENSION);
    String name = f.requireString("name");
    return YamlNames.build(f.mark(), "extension " + name, () -> new Extension(name, f.string("schema"),
        f.string("version")));
  }

  /** The kind is {@code kind:}, or follows from {@code labels:} (enum), {@code attributes:} (composite), {@code type:} (domain). */
  TypeDef type(ReadContext.Item item) {
    String what = ReadContext.provisional(item, "type");
    YamlNode.Mapping body = Fields.asMapping(item.body(), what);
    String kind = null;
    YamlNode.Entry k = body.entries().get("kind");
    if (k != null) {
      kind = Fields.asString(k.value(), what + ", kind").toLowerCase(Locale.ROOT);
    } else if (body.entries().containsKey("labels")) {
      kind = "enum";
    } else if (body.entries().containsKey("attributes")) {
      kind = "composite";
    } else if (body.entries().containsKey("type")) {
      kind = "domain";
    } else {
      throw new YamlProblem(body.mark(), what + ": say kind: enum, domain or composite");
    }
    Set<String> keys = switch (kind) {
      case "enum" -> YamlKeys.ENUM;
      case "domain" -> YamlKeys.DOMAIN;
      case "composite" -> YamlKeys.COMPOSITE;
      default -> throw new YamlProblem(k.value().mark(), what + ": kind '" + kind
          + "' is not one of [enum, domain, composite]");
    };
    Fields pre = Fields.of(body, what, keys);
    QualifiedName name = cx.nameOf(item, pre, kind);
    Fields f = Fields.of(body, kind + " " + name, keys);
    if (kind.equals("enum")) {
      List<String> labels = f.strings("labels");
      return YamlNames.build(f.mark(), f.what(), () -> new EnumType(name, labels, f.string("comment")));
    }
    if (kind.equals("composite")) {
      List<CompositeType.Attribute> attributes = new ArrayList<>();
      if (f.has("attributes")) {
        for (YamlNode a : Fields.asList(f.node("attributes"), f.what() + ", attributes").items()) {
          Fields af = Fields.of(a, f.what() + ", attribute", YamlKeys.COMPOSITE_ATTRIBUTE);
          String an = af.requireString("name");
          String at = af.requireString("type");
          attributes.add(YamlNames.build(af.mark(), f.what() + ", attribute " + an,
              () -> new CompositeType.Attribute(an, SqlType.of(at), af.string("collation"))));
        }
      }
      return YamlNames.build(f.mark(), f.what(), () -> new CompositeType(name, attributes, f.string("comment")));
    }
    String base = f.requireString("type");
    List<CheckConstraint> checks = new ArrayList<>();
    if (f.has("checks")) {
      for (YamlNode c : Fields.asList(f.node("checks"), f.what() + ", checks").items()) {
        checks.add(YamlConstraintReader.check(c, f.what()));
      }
    }
    String dflt = f.string("default");
    return YamlNames.build(f.mark(), f.what(), () -> new DomainType(name, SqlType.of(base), f.bool("not_null", false),
        dflt == null ? null : Expr.of(dflt), f.string("collation"), checks, f.string("comment")));
  }

  /** Options default as in PostgreSQL's CREATE SEQUENCE; {@code owned_by: schema.table.column}. */
  Sequence sequence(ReadContext.Item item) {
    Fields pre = Fields.of(item.body(), ReadContext.provisional(item, "sequence"), YamlKeys.SEQUENCE);
    QualifiedName name = cx.nameOf(item, pre, "sequence");
    Fields f = Fields.of(item.body(), "sequence " + name, YamlKeys.SEQUENCE);
    QualifiedName ownerTable = null;
    String ownerColumn = null;
    YamlNode owned = f.node("owned_by");
    if (owned instanceof YamlNode.Mapping) {
      Fields o = Fields.of(owned, f.what() + ", owned_by", YamlKeys.OWNED_BY);
      ownerTable = cx.qualified(o.requireString("table"), o.markOf("table"), o.what());
      ownerColumn = o.requireString("column");
    } else if (owned != null) {
      String text = Fields.asString(owned, f.what() + ", owned_by");
      List<String> parts = YamlNames.parts(text, owned.mark(), f.what() + ", owned_by");
      if (parts.size() == 2 && cx.defaultSchema != null) {
        ownerTable = new QualifiedName(cx.defaultSchema, parts.get(0));
      } else if (parts.size() == 3) {
        ownerTable = new QualifiedName(parts.get(0), parts.get(1));
      } else {
        throw new YamlProblem(owned.mark(), f.what() + ": owned_by must be schema.table.column");
      }
      ownerColumn = parts.get(parts.size() - 1);
    }
    QualifiedName t = ownerTable;
    String c = ownerColumn;
    if (t != null) {
      YamlNode.Mark at = f.markOf("owned_by");
      cx.references.add(new ReadContext.Reference(t, at, List.of(new YamlConstraintReader.Name(c, at)),
          f.what() + ", owned_by"));
    }
    return YamlNames.build(f.mark(), f.what(), () -> new Sequence(name, YamlNames.options(f, "bigint"), t, c,
        f.string("comment")));
  }

  View view(ReadContext.Item item) {
    Fields pre = Fields.of(item.body(), ReadContext.provisional(item, "view"), YamlKeys.VIEW);
    QualifiedName name = cx.nameOf(item, pre, "view");
    Fields f = Fields.of(item.body(), "view " + name, YamlKeys.VIEW);
    String query = f.requireString("query");
    List<QualifiedName> dependsOn = new ArrayList<>();
    for (YamlConstraintReader.Name d : YamlConstraintReader.names(f.node("depends_on"), f.what() + ", depends_on")) {
      dependsOn.add(cx.qualified(d.text(), d.mark(), f.what() + ", depends_on"));
    }
    YamlConstraintReader indexes = new YamlConstraintReader(cx, name, "view");
    var idx = indexes.indexes(f.node("indexes"), name.name(), null);
    return YamlNames.build(f.mark(), f.what(), () -> new View(name, query, f.bool("materialized", false),
        YamlConstraintReader.settings(f, "options"), idx, dependsOn, f.string("comment"), List.of()));
  }

  /** Routines are a list, never keyed by name: overloads share a name. */
  Routine routine(YamlNode n) {
    Fields pre = Fields.of(n, ReadContext.provisional(new ReadContext.Item(null, n.mark(), n), "routine"),
        YamlKeys.ROUTINE);
    QualifiedName name = cx.nameOf(new ReadContext.Item(null, n.mark(), n), pre, "routine");
    Fields f = Fields.of(n, "routine " + name, YamlKeys.ROUTINE);
    return YamlNames.build(f.mark(), f.what(), () -> new Routine(name,
        f.enumValue("kind", Routine.Kind.class, Routine.Kind.FUNCTION), f.string("arguments"), f.string("returns"),
        f.string("language"), f.requireString("definition"), f.string("comment")));
  }
}
