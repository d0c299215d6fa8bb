package dev.slipway.model;

import java.util.List;

/** A small but rich schema for model tests, built the same way every time. */
final class ModelFixtures {
  private ModelFixtures() {}

  static QualifiedName users() {
    return QualifiedName.of("public", "users");
  }

  static Table usersTable() {
    return new Table(users(),
        List.of(
            Column.of("id", "bigint").withNullable(false)
                .withIdentity(new Identity(Identity.Generation.ALWAYS, SequenceOptions.defaults("bigint"))),
            Column.of("email", "text").withNullable(false).withCollation("C"),
            Column.of("status", "public.status").withDefault(Expr.of("'active'::public.status")),
            Column.of("org_id", "bigint")),
        List.of(UniqueConstraint.of("users_email_key", "email"), PrimaryKey.of("users_pkey", "id"),
            ForeignKey.of("users_org_fkey", List.of("org_id"), QualifiedName.of("public", "orgs"), List.of("id"))),
        List.of(Index.of("users_org_idx", false, "org_id"),
            new Index("users_lower_email_idx", List.of(IndexKey.expression("lower(email)").desc()), "btree", true,
                false, List.of(), Expr.of("(status <> 'gone'::public.status)"), List.of(), true, null, List.of())),
        List.of(), List.of(), null, null, false, false, "people", List.of(), new SizeEstimate(1200, 81920));
  }

  static Schema schema() {
    Table orgs = Table.of(QualifiedName.of("public", "orgs"), List.of(Column.of("id", "bigint").withNullable(false)))
        .withConstraints(List.of(PrimaryKey.of("orgs_pkey", "id")));
    return new Schema(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(new Extension("citext", "public", null)),
        List.of(new EnumType(QualifiedName.of("public", "status"), List.of("active", "gone"), null)),
        List.of(), List.of(usersTable(), orgs), List.of(), List.of(), List.of());
  }
}
