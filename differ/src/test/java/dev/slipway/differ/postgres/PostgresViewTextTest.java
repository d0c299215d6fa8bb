package dev.slipway.differ.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.Column;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresViewTextTest {
  private static final QualifiedName EMPLOYEES = new QualifiedName("public", "employees");
  private static final QualifiedName ORDERS = new QualifiedName("public", "orders");
  private static final QualifiedName LINES = new QualifiedName("public", "order_lines");
  private static final Map<QualifiedName, Table> TABLES = Map.of(
      EMPLOYEES, Table.of(EMPLOYEES, List.of(column("id", "integer"), column("name", "text"),
          column("department", "text"), column("active", "boolean"))),
      ORDERS, Table.of(ORDERS, List.of(column("id", "bigint"), column("customer_id", "bigint"))),
      LINES, Table.of(LINES, List.of(column("order_id", "bigint"), column("line_cents", "integer"))));

  private static Column column(String name, String type) {
    return new Column(name, SqlType.of(type), true, null, null, null, null, null, List.of());
  }

  private static boolean same(String a, String b) {
    return PostgresViewText.canonical(a, TABLES).equals(PostgresViewText.canonical(b, TABLES));
  }

  @Test
  void serverLayoutCastsAndParentheses() {
    assertThat(same("SELECT id,\n    name\n   FROM public.employees\n  WHERE (department = 'engineering'::text)",
        "SELECT id, name FROM public.employees WHERE department = 'engineering'")).isTrue();
    assertThat(same("SELECT id FROM public.employees WHERE (department = 'engineering'::character varying)",
        "SELECT id FROM public.employees WHERE department = 'engineering'")).isFalse();
  }

  @Test
  void joinTreeParenthesesAndOnConditions() {
    assertThat(same("SELECT o.id, sum(l.line_cents) AS total FROM (public.orders o JOIN public.order_lines l "
        + "ON ((l.order_id = o.id))) GROUP BY o.id", "SELECT o.id, sum(l.line_cents) AS total FROM public.orders o "
        + "JOIN public.order_lines l ON l.order_id = o.id GROUP BY o.id")).isTrue();
    assertThat(same("SELECT o.id FROM (public.orders o LEFT JOIN public.order_lines l ON ((l.order_id = o.id)))",
        "SELECT o.id FROM public.orders o JOIN public.order_lines l ON l.order_id = o.id")).isFalse();
  }

  @Test
  void singleRelationQualifiedColumns() {
    assertThat(same("SELECT employees.id, employees.name FROM public.employees WHERE employees.active",
        "SELECT id, name FROM public.employees WHERE active")).isTrue();
    assertThat(same("SELECT e.id FROM public.employees e GROUP BY e.id", "SELECT id FROM public.employees e GROUP BY id"))
        .isTrue();
    // ORDER BY prefers an output column of the same name, so the qualification may matter there.
    assertThat(same("SELECT name AS id FROM public.employees ORDER BY employees.id",
        "SELECT name AS id FROM public.employees ORDER BY id")).isFalse();
    // with a subquery an unqualified name might belong to another relation
    assertThat(same("SELECT employees.id FROM public.employees WHERE employees.id IN (SELECT 1)",
        "SELECT id FROM public.employees WHERE id IN (SELECT 1)")).isFalse();
  }
}
