package dev.slipway.planner.postgres;

import static dev.slipway.planner.postgres.PostgresIdentifiers.literal;
import static dev.slipway.planner.postgres.PostgresIdentifiers.qualified;
import static dev.slipway.planner.postgres.PostgresIdentifiers.quote;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.Policy;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.change.AddPolicy;
import dev.slipway.model.change.AlterPolicy;
import dev.slipway.model.change.Change;
import dev.slipway.model.change.DropPolicy;
import dev.slipway.model.change.SetComment;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.PlanningException;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Row-level security policies and COMMENT ON for every object kind. */
final class PostgresPolicyRenderer {
  private PostgresPolicyRenderer() {}

  static List<Statement> render(Change change, PlanContext ctx, PostgresRenderer.Existing e) {
    if (change instanceof AddPolicy c) return List.of(createPolicy(c.table(), c.policy(), ctx));
    if (change instanceof DropPolicy c) return List.of(dropPolicy(c.table(), c.policy(), ctx));
    if (change instanceof AlterPolicy c) return alterPolicy(c, ctx);
    return List.of(comment((SetComment) change, ctx));
  }

  private static String roles(Policy p) {
    return p.roles().stream().map(r -> r.equalsIgnoreCase("public") ? "PUBLIC" : quote(r))
        .collect(Collectors.joining(", "));
  }

  /** CREATE/ALTER/DROP POLICY take ACCESS EXCLUSIVE on the table (briefly). */
  static Statement createPolicy(QualifiedName table, Policy p, PlanContext ctx) {
    StringBuilder b = new StringBuilder("CREATE POLICY ").append(quote(p.name())).append(" ON ").append(qualified(table))
        .append(" AS ").append(p.permissive() ? "PERMISSIVE" : "RESTRICTIVE")
        .append(" FOR ").append(p.command().name()).append(" TO ").append(roles(p));
    if (p.using() != null) b.append(" USING (").append(p.using().text()).append(')');
    if (p.withCheck() != null) b.append(" WITH CHECK (").append(p.withCheck().text()).append(')');
    return PostgresStatementBuilder.of(ctx, ObjectRef.member(ObjectKind.POLICY, table, p.name()), b.toString())
        .lock(LockMode.ACCESS_EXCLUSIVE)
        .hazard(HazardCode.AUTHZ_CHANGE, "creates policy " + p.name() + " on " + table + ": changes which rows "
            + roles(p) + " can " + (p.command() == Policy.Command.ALL ? "read or write"
                : p.command().name().toLowerCase(java.util.Locale.ROOT)))
        .build();
  }

  private static Statement dropPolicy(QualifiedName table, Policy p, PlanContext ctx) {
    return PostgresStatementBuilder.of(ctx, ObjectRef.member(ObjectKind.POLICY, table, p.name()),
            "DROP POLICY " + quote(p.name()) + " ON " + qualified(table))
        .lock(LockMode.ACCESS_EXCLUSIVE)
        .hazard(HazardCode.AUTHZ_CHANGE, "drops policy " + p.name() + " on " + table
            + ": rows it granted access to become invisible (or visible, for a restrictive policy)")
        .build();
  }

  private static List<Statement> alterPolicy(AlterPolicy c, PlanContext ctx) {
    Policy from = c.from();
    Policy to = c.to();
    // ALTER POLICY can replace but not remove a USING / WITH CHECK clause: drop and create instead.
    if ((from.using() != null && to.using() == null) || (from.withCheck() != null && to.withCheck() == null)) {
      List<Statement> out = new ArrayList<>();
      out.add(dropPolicy(c.table(), from, ctx));
      out.add(createPolicy(c.table(), to, ctx));
      return out;
    }
    StringBuilder b = new StringBuilder("ALTER POLICY ").append(quote(to.name())).append(" ON ")
        .append(qualified(c.table()));
    if (!from.roles().equals(to.roles())) b.append(" TO ").append(roles(to));
    if (to.using() != null) b.append(" USING (").append(to.using().text()).append(')');
    if (to.withCheck() != null) b.append(" WITH CHECK (").append(to.withCheck().text()).append(')');
    return List.of(PostgresStatementBuilder.of(ctx, c.subject(), b.toString()).lock(LockMode.ACCESS_EXCLUSIVE)
        .hazard(HazardCode.AUTHZ_CHANGE, "changes policy " + to.name() + " on " + c.table()).build());
  }

  /** Re-applies a comment that a drop-and-recreate strategy would otherwise lose (so re-planning is empty). */
  static List<Statement> restore(ObjectRef target, String comment, PlanContext ctx) {
    return comment == null ? List.of() : List.of(comment(new SetComment(target, null, comment), ctx));
  }

  /** {@code COMMENT ON kind name IS 'text' | NULL}: postgresql.org/docs/current/sql-comment.html. */
  private static Statement comment(SetComment c, PlanContext ctx) {
    ObjectRef t = c.target();
    QualifiedName n = t.name();
    String target;
    switch (t.kind()) {
      case SCHEMA -> target = "SCHEMA " + quote(n.schema());
      case EXTENSION -> target = "EXTENSION " + quote(n.name());
      case TABLE -> target = "TABLE " + qualified(n);
      case COLUMN -> target = "COLUMN " + qualified(n) + "." + quote(t.member());
      case CONSTRAINT -> target = "CONSTRAINT " + quote(t.member()) + " ON " + qualified(n);
      case INDEX -> target = "INDEX " + qualified(new QualifiedName(n.schema(), t.member()));
      case SEQUENCE -> target = "SEQUENCE " + qualified(n);
      case TYPE -> target = "TYPE " + qualified(n);
      case VIEW -> target = "VIEW " + qualified(n);
      case MATERIALIZED_VIEW -> target = "MATERIALIZED VIEW " + qualified(n);
      case FUNCTION -> target = "FUNCTION " + qualified(n) + (t.member() == null ? "" : t.member());
      case PROCEDURE -> target = "PROCEDURE " + qualified(n) + (t.member() == null ? "" : t.member());
      case TRIGGER -> target = "TRIGGER " + quote(t.member()) + " ON " + qualified(n);
      case POLICY -> target = "POLICY " + quote(t.member()) + " ON " + qualified(n);
      default -> throw new PlanningException("cannot comment on " + t.kind() + " " + t);
    }
    String text = c.to() == null ? "NULL" : literal(c.to());
    return PostgresStatementBuilder.of(ctx, t, "COMMENT ON " + target + " IS " + text).build();
  }
}
