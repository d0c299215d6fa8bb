package dev.slipway.introspect.yaml;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Deferrability;
import dev.slipway.model.ExclusionConstraint;
import dev.slipway.model.Expr;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Index;
import dev.slipway.model.IndexKey;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the constraints and indexes of one table (or the indexes of a materialized view). */
final class YamlConstraintReader {
  private final ReadContext cx;
  private final QualifiedName table;
  private final String what;

  YamlConstraintReader(ReadContext cx, QualifiedName table) {
    this(cx, table, "table");
  }

  /** {@code kind} names the owner in messages: "table" or "view". */
  YamlConstraintReader(ReadContext cx, QualifiedName table, String kind) {
    this.cx = cx;
    this.table = table;
    this.what = kind + " " + table;
  }

  /** A column name with the place it was written, so an unknown column is reported where it stands. */
  record Name(String text, YamlNode.Mark mark) {}

  static List<Name> names(YamlNode n, String what) {
    List<Name> out = new ArrayList<>();
    if (n == null) return out;
    if (n instanceof YamlNode.Scalar) {
      out.add(new Name(Fields.asString(n, what), n.mark()));
    } else {
      for (YamlNode item : Fields.asList(n, what).items()) out.add(new Name(Fields.asString(item, what), item.mark()));
    }
    return out;
  }

  static List<String> texts(List<Name> names) {
    return names.stream().map(Name::text).toList();
  }

  /** {@code primary_key: [id]} or {@code primary_key: {name, columns, include, comment}}. */
  PrimaryKey primaryKey(YamlNode n) {
    String w = what + ", primary_key";
    if (!(n instanceof YamlNode.Mapping)) {
      List<String> cols = texts(names(n, w));
      return YamlNames.build(n.mark(), w, () -> new PrimaryKey(YamlNames.primaryKeyName(cx.dialect, table), cols,
          List.of(), null));
    }
    Fields f = Fields.of(n, w, YamlKeys.PRIMARY_KEY);
    String name = f.string("name");
    return YamlNames.build(f.mark(), w, () -> new PrimaryKey(name == null ? YamlNames.primaryKeyName(cx.dialect, table)
        : name, texts(names(f.require("columns"), w)), f.strings("include"), f.string("comment")));
  }

  /** Checks a primary key's columns once the table's columns are known (the key is read before them). */
  void checkPrimaryKeyColumns(YamlNode n, Set<String> known) {
    String w = what + ", primary_key";
    if (n instanceof YamlNode.Mapping m) {
      Fields f = Fields.of(m, w, YamlKeys.PRIMARY_KEY);
      check(names(f.node("columns"), w), known, "primary key");
      check(names(f.node("include"), w), known, "primary key");
    } else {
      check(names(n, w), known, "primary key");
    }
  }

  private void check(List<Name> names, Set<String> known, String object) {
    if (known == null) return;
    for (Name n : names) {
      if (!known.contains(n.text())) {
        String hint = Fields.nearest(n.text(), known);
        throw new YamlProblem(n.mark(), what + ", " + object + ": unknown column " + n.text()
            + (hint == null ? "" : " (did you mean " + hint + "?)"));
      }
    }
  }

  /** Each item is a column list ({@code [a, b]}), one column, or a mapping. */
  List<UniqueConstraint> uniques(YamlNode n, Set<String> known) {
    List<UniqueConstraint> out = new ArrayList<>();
    if (n == null) return out;
    String w = what + ", unique";
    for (YamlNode item : Fields.asList(n, w).items()) {
      if (!(item instanceof YamlNode.Mapping)) {
        List<Name> cols = names(item, w);
        check(cols, known, "unique constraint");
        List<String> c = texts(cols);
        out.add(YamlNames.build(item.mark(), w, () -> new UniqueConstraint(YamlNames.uniqueName(cx.dialect, table, c),
            c, List.of(), false, Deferrability.NOT_DEFERRABLE, null)));
        continue;
      }
      Fields f = Fields.of(item, w, YamlKeys.UNIQUE);
      List<Name> cols = names(f.require("columns"), w);
      List<Name> include = names(f.node("include"), w);
      check(cols, known, "unique constraint");
      check(include, known, "unique constraint");
      List<String> c = texts(cols);
      String name = f.string("name");
      out.add(YamlNames.build(f.mark(), w, () -> new UniqueConstraint(
          name == null ? YamlNames.uniqueName(cx.dialect, table, c) : name, c, texts(include),
          f.bool("nulls_not_distinct", false), deferrability(f), f.string("comment"))));
    }
    return out;
  }

  /** {@code deferrable: true} is DEFERRABLE INITIALLY IMMEDIATE, as in SQL; or name the mode. */
  static Deferrability deferrability(Fields f) {
    YamlNode n = f.node("deferrable");
    if (n == null) return Deferrability.NOT_DEFERRABLE;
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
      return Fields.asBoolean(n, f.what()) ? Deferrability.INITIALLY_IMMEDIATE : Deferrability.NOT_DEFERRABLE;
    }
    return Fields.asEnum(n, Deferrability.class, f.what() + ", deferrable");
  }

  List<CheckConstraint> checks(YamlNode n) {
    List<CheckConstraint> out = new ArrayList<>();
    if (n == null) return out;
    for (YamlNode item : Fields.asList(n, what + ", checks").items()) out.add(check(item, what));
    return out;
  }

  static CheckConstraint check(YamlNode item, String owner) {
    Fields f = Fields.of(item, owner + ", check", YamlKeys.CHECK);
    String name = f.requireString("name");
    String expression = f.requireString("expression");
    return YamlNames.build(f.mark(), owner + ", check " + name, () -> new CheckConstraint(name,
        Expr.of(expression), f.bool("valid", true), f.bool("no_inherit", false), f.string("comment")));
  }

  List<ForeignKey> foreignKeys(YamlNode n, Set<String> known) {
    List<ForeignKey> out = new ArrayList<>();
    if (n == null) return out;
    int position = 0;
    for (YamlNode item : Fields.asList(n, what + ", foreign_keys").items()) {
      position++;
      Fields f = Fields.of(item, what + ", foreign key", YamlKeys.FOREIGN_KEY);
      List<Name> cols = names(f.require("columns"), f.what());
      check(cols, known, "foreign key");
      Fields r = Fields.of(f.require("references"), f.what() + ", references", YamlKeys.REFERENCES);
      QualifiedName target = cx.qualified(r.requireString("table"), r.markOf("table"), r.what());
      List<Name> refNames = names(r.require("columns"), r.what());
      List<String> refCols = texts(refNames);
      cx.references.add(new ReadContext.Reference(target, r.markOf("table"), refNames, r.what()));
      List<String> c = texts(cols);
      String given = f.string("name");
      String name = given == null ? YamlNames.foreignKeyName(cx.dialect, table, c, position) : given;
      out.add(YamlNames.build(f.mark(), what + ", foreign key " + name, () -> new ForeignKey(name, c, target, refCols,
          f.enumValue("on_update", ForeignKey.Action.class, ForeignKey.Action.NO_ACTION),
          f.enumValue("on_delete", ForeignKey.Action.class, ForeignKey.Action.NO_ACTION),
          f.enumValue("match", ForeignKey.Match.class, ForeignKey.Match.SIMPLE),
          deferrability(f), f.bool("valid", true), f.string("comment"))));
    }
    return out;
  }

  List<ExclusionConstraint> exclusions(YamlNode n) {
    List<ExclusionConstraint> out = new ArrayList<>();
    if (n == null) return out;
    for (YamlNode item : Fields.asList(n, what + ", exclusions").items()) {
      Fields f = Fields.of(item, what + ", exclusion", YamlKeys.EXCLUSION);
      String name = f.requireString("name");
      out.add(YamlNames.build(f.mark(), what + ", exclusion " + name, () -> new ExclusionConstraint(name,
          f.requireString("definition"), deferrability(f), f.string("comment"))));
    }
    return out;
  }

  /** Indexes of {@code relation}; {@code known} is null for a view, whose columns the model does not list. */
  List<Index> indexes(YamlNode n, String relation, Set<String> known) {
    List<Index> out = new ArrayList<>();
    if (n == null) return out;
    for (YamlNode item : Fields.asList(n, what + ", indexes").items()) {
      Fields f = Fields.of(item, what + ", index", YamlKeys.INDEX);
      String w = f.has("name") ? what + ", index " + f.string("name") : f.what();
      List<IndexKey> keys = new ArrayList<>();
      YamlNode cols = f.require("columns");
      List<YamlNode> keyNodes = cols instanceof YamlNode.Sequence s ? s.items() : List.of(cols);
      for (YamlNode k : keyNodes) keys.add(key(k, w, known));
      String given = f.string("name");
      String name = given != null ? given : keys.isEmpty() ? null : YamlNames.indexName(cx.dialect, relation, keys);
      if (name == null) throw f.problem(f.mark(), "an index over expressions needs a name");
      String method = f.string("method");
      String where = f.string("where");
      List<Name> include = names(f.node("include"), w);
      check(include, known, "index " + name);
      out.add(YamlNames.build(f.mark(), what + ", index " + name, () -> new Index(name, keys,
          method == null ? YamlNames.defaultIndexMethod(cx.dialect) : method, f.bool("unique", false),
          f.bool("nulls_not_distinct", false), texts(include), where == null ? null : Expr.of(where),
          settings(f, "with"), f.bool("valid", true), f.string("comment"), List.of())));
    }
    return out;
  }

  private IndexKey key(YamlNode k, String w, Set<String> known) {
    if (k instanceof YamlNode.Scalar) {
      List<Name> col = names(k, w);
      check(col, known, "index");
      return YamlNames.build(k.mark(), w, () -> IndexKey.column(col.get(0).text()));
    }
    Fields f = Fields.of(k, w + ", key", YamlKeys.INDEX_KEY);
    String column = f.string("column");
    String expression = f.string("expression");
    if ((column == null) == (expression == null)) {
      throw f.problem(f.mark(), "give exactly one of column or expression");
    }
    if (column != null) check(List.of(new Name(column, f.markOf("column"))), known, "index");
    Long prefix = f.longOrNull("prefix_length");
    if (prefix != null && (prefix < 1 || prefix > Integer.MAX_VALUE)) {
      throw f.problem(f.markOf("prefix_length"), "prefix_length must be a positive length, not " + prefix);
    }
    return YamlNames.build(f.mark(), f.what(), () -> new IndexKey(column,
        expression == null ? null : Expr.of(expression), f.string("collation"), f.string("opclass"),
        f.enumValue("order", IndexKey.Order.class, IndexKey.Order.ASC),
        f.enumValue("nulls", IndexKey.Nulls.class, IndexKey.Nulls.DEFAULT),
        prefix == null ? null : Math.toIntExact(prefix)));
  }

  /**
   * Storage parameters and view options: a mapping ({@code fillfactor: 70}, kept as {@code fillfactor=70})
   * or a list of {@code key=value} strings.
   */
  static List<String> settings(Fields f, String key) {
    YamlNode n = f.node(key);
    if (n == null) return List.of();
    List<String> out = new ArrayList<>();
    if (n instanceof YamlNode.Mapping m) {
      for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
        out.add(e.getKey() + "=" + Fields.asString(e.getValue().value(), f.what() + ", " + key + "." + e.getKey()));
      }
      return out;
    }
    return f.strings(key);
  }
}
