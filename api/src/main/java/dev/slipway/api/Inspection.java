package dev.slipway.api;

import dev.slipway.model.Dialect;
import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import dev.slipway.planner.Plan;
import dev.slipway.planner.Statement;
import java.util.List;

/** {@code inspect --format sql}: the plan from nothing to the schema, as a runnable script. */
public final class Inspection {
  private Inspection() {}

  public static String sql(Schema schema, ServerVersion version) {
    // A MySQL script runs inside the database it recreates: the database itself is not part of it.
    Schema empty = schema.dialect() == Dialect.MYSQL
        ? Schema.of(Dialect.MYSQL, schema.namespaces(), List.of())
        : Schema.empty(schema.dialect());
    Plan plan = Planning.plan(empty, schema, version, List.of(), List.of(), null).plan();
    StringBuilder out = new StringBuilder();
    out.append("-- Schema read by slipway inspect from ").append(schema.dialect().id()).append(' ').append(version)
        .append("\n-- fingerprint: ").append(schema.fingerprint()).append("\n");
    for (Statement s : plan.statements()) out.append('\n').append(s.sql()).append(";\n");
    return out.toString();
  }
}
