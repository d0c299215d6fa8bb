package dev.slipway.planner.postgres;

import static dev.slipway.planner.postgres.PostgresIdentifiers.literal;
import static dev.slipway.planner.postgres.PostgresIdentifiers.qualified;
import static dev.slipway.planner.postgres.PostgresIdentifiers.quote;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.CompositeType;
import dev.slipway.model.DomainType;
import dev.slipway.model.EnumType;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Table;
import dev.slipway.model.TypeDef;
import dev.slipway.model.change.AddType;
import dev.slipway.model.change.AlterEnum;
import dev.slipway.model.change.Change;
import dev.slipway.model.change.DropType;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.PlanningException;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Enum, domain and composite types; enum labels added in place, other enum edits rebuild the type. */
final class PostgresTypeRenderer {
  private PostgresTypeRenderer() {}

  static List<Statement> render(Change change, PlanContext ctx, PostgresRenderer.Existing e) {
    if (change instanceof AddType c) return List.of(create(c.type(), ctx));
    if (change instanceof DropType c) {
      String kind = c.type() instanceof DomainType ? "DOMAIN " : "TYPE ";
      return List.of(PostgresStatementBuilder.of(ctx, c.subject(), "DROP " + kind + qualified(c.type().name())).build());
    }
    AlterEnum c = (AlterEnum) change;
    return c.onlyAdds() ? addValues(c, ctx) : rebuild(c, ctx, e);
  }

  static Statement create(TypeDef t, PlanContext ctx) {
    ObjectRef ref = ObjectRef.of(ObjectKind.TYPE, t.name());
    String sql;
    if (t instanceof EnumType en) {
      sql = "CREATE TYPE " + qualified(t.name()) + " AS ENUM ("
          + en.labels().stream().map(PostgresIdentifiers::literal).collect(Collectors.joining(", ")) + ")";
    } else if (t instanceof DomainType d) {
      StringBuilder b = new StringBuilder("CREATE DOMAIN ").append(qualified(d.name())).append(" AS ")
          .append(d.baseType().text());
      if (d.collation() != null) b.append(" COLLATE ").append(PostgresSql.collation(d.collation()));
      if (d.defaultValue() != null) b.append(" DEFAULT ").append(PostgresSql.paren(d.defaultValue()));
      if (d.notNull()) b.append(" NOT NULL");
      for (CheckConstraint k : d.checks()) {
        b.append(" CONSTRAINT ").append(quote(k.name())).append(" CHECK (").append(k.expression().text()).append(')');
      }
      sql = b.toString();
    } else {
      CompositeType ct = (CompositeType) t;
      List<String> attrs = new ArrayList<>();
      for (CompositeType.Attribute a : ct.attributes()) {
        attrs.add(quote(a.name()) + " " + a.type().text()
            + (a.collation() == null ? "" : " COLLATE " + PostgresSql.collation(a.collation())));
      }
      sql = "CREATE TYPE " + qualified(ct.name()) + " AS (" + String.join(", ", attrs) + ")";
    }
    return PostgresStatementBuilder.of(ctx, ref, sql).build();
  }

  /**
   * {@code ALTER TYPE … ADD VALUE … BEFORE/AFTER} keeps each new label where the desired order puts it.
   * Before PostgreSQL 12 it "cannot be executed inside a transaction block"
   * (postgresql.org/docs/11/sql-altertype.html); from 12 it can, though the value is usable only after commit.
   */
  private static List<Statement> addValues(AlterEnum c, PlanContext ctx) {
    List<Statement> out = new ArrayList<>();
    Set<String> present = new HashSet<>(c.from().labels());
    List<String> labels = c.to().labels();
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (present.contains(label)) continue;
      String position = i > 0 ? " AFTER " + literal(labels.get(i - 1)) : " BEFORE " + literal(c.from().labels().get(0));
      PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, c.subject(), "ALTER TYPE "
          + qualified(c.to().name()) + " ADD VALUE " + literal(label) + position);
      if (!ctx.version().atLeast(12)) {
        b.notTransactional("ALTER TYPE … ADD VALUE cannot run in a transaction before PostgreSQL 12");
      } else {
        // The new label cannot be used in the transaction that added it; keep later statements apart.
        b.ownTransaction();
      }
      out.add(b.build());
      present.add(label);
    }
    return out;
  }

  /**
   * Removing or reordering labels has no ALTER form: the type is renamed away, recreated, every column of
   * the type converted through text (rows holding a removed label make it fail), and the old type dropped.
   */
  private static List<Statement> rebuild(AlterEnum c, PlanContext ctx, PostgresRenderer.Existing e) {
    QualifiedName name = c.to().name();
    String old = PostgresSql.derivedName(name.name(), "_slipway_old");
    List<Statement> out = new ArrayList<>();
    Set<String> removed = new HashSet<>(c.from().labels());
    removed.removeAll(c.to().labels());
    String loss = removed.isEmpty() ? "reorders the labels of " + name
        : "removes label(s) " + removed.stream().sorted().collect(Collectors.joining(", ")) + " from " + name
            + "; rows that hold them make the conversion fail";
    out.add(PostgresStatementBuilder.of(ctx, c.subject(), "ALTER TYPE " + qualified(name) + " RENAME TO " + quote(old))
        .hazard(HazardCode.DELETES_DATA, loss).build());
    out.add(create(c.to(), ctx));
    for (Table t : e.current.tables()) {
      for (Column col : t.columns()) {
        if (!usesType(col.type().text(), name, t.name().schema())) continue;
        if (col.defaultValue() != null) {
          throw new PlanningException("enum " + name + " loses or reorders labels and column " + t.name() + "."
              + col.name() + " has a default of that type; drop the default first, or add labels only");
        }
        String array = col.type().text().endsWith("[]") ? "[]" : "";
        String desc = PostgresStatementBuilder.describe(t, t.name().toString());
        out.add(PostgresStatementBuilder.of(ctx, ObjectRef.column(t.name(), col.name()), "ALTER TABLE "
                + qualified(t.name()) + " ALTER COLUMN " + quote(col.name()) + " TYPE " + qualified(name) + array
                + " USING " + quote(col.name()) + "::text" + array + "::" + qualified(name) + array)
            .lock(LockMode.ACCESS_EXCLUSIVE).scans(t)
            .sized(HazardCode.TABLE_REWRITE, t, "rewrites " + desc + ", under ACCESS EXCLUSIVE, to convert "
                + col.name() + " to the rebuilt enum")
            .sized(HazardCode.ACCESS_EXCLUSIVE_LOCK, t, "reads and writes on " + t.name()
                + " are blocked for the whole rewrite")
            .build());
      }
    }
    out.add(PostgresStatementBuilder.of(ctx, c.subject(), "DROP TYPE " + qualified(new QualifiedName(name.schema(), old)))
        .build());
    out.addAll(PostgresPolicyRenderer.restore(c.subject(), c.to().comment(), ctx));
    return out;
  }

  private static boolean usesType(String text, QualifiedName type, String tableSchema) {
    String t = text.endsWith("[]") ? text.substring(0, text.length() - 2) : text;
    List<String> parts = dev.slipway.planner.Names.split(t);
    if (parts.size() == 2) return parts.get(0).equals(type.schema()) && parts.get(1).equals(type.name());
    return parts.size() == 1 && parts.get(0).equals(type.name())
        && (type.schema().equals(tableSchema) || type.schema().equals("public"));
  }
}
