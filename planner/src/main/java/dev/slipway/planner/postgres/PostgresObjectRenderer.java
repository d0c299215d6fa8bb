package dev.slipway.planner.postgres;

import static dev.slipway.planner.postgres.PostgresIdentifiers.literal;
import static dev.slipway.planner.postgres.PostgresIdentifiers.qualified;
import static dev.slipway.planner.postgres.PostgresIdentifiers.quote;

import dev.slipway.model.Extension;
import dev.slipway.model.Index;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Sequence;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.Trigger;
import dev.slipway.model.View;
import dev.slipway.model.change.*;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Schemas, extensions, sequences, routines, views and triggers. Returns null for a change it does not know. */
final class PostgresObjectRenderer {
  private PostgresObjectRenderer() {}

  static List<Statement> render(Change change, PlanContext ctx, PostgresRenderer.Existing e) {
    if (change instanceof AddNamespace c) {
      // IF NOT EXISTS: "public" exists in every new database, and plan(empty → schema) must still run.
      return one(ctx, c.subject(), "CREATE SCHEMA IF NOT EXISTS " + quote(c.namespace().name()));
    }
    if (change instanceof DropNamespace c) {
      return List.of(PostgresStatementBuilder.of(ctx, c.subject(), "DROP SCHEMA " + quote(c.namespace().name()))
          .hazard(HazardCode.DELETES_DATA, "drops schema " + c.namespace().name()).build());
    }
    if (change instanceof AddExtension c) return List.of(createExtension(c.extension(), c.subject(), ctx));
    if (change instanceof DropExtension c) {
      return List.of(PostgresStatementBuilder.of(ctx, c.subject(), "DROP EXTENSION " + quote(c.extension().name()))
          .hazard(HazardCode.UNTRACKABLE_DEPENDENCIES, "drops extension " + c.extension().name()
              + "; objects and code that use its types or functions stop working").build());
    }
    if (change instanceof AlterExtension c) return alterExtension(c, ctx);
    if (change instanceof AddSequence c) return createSequence(c.sequence(), ctx);
    if (change instanceof DropSequence c) {
      return List.of(PostgresStatementBuilder.of(ctx, c.subject(), "DROP SEQUENCE " + qualified(c.sequence().name()))
          .hazard(HazardCode.DELETES_DATA, "drops sequence " + c.sequence().name() + " and its current value")
          .hazard(HazardCode.BREAKS_CLIENTS, "code calling nextval('" + c.sequence().name() + "') fails; "
              + "stop using the sequence in a release before this one")
          .build());
    }
    if (change instanceof AlterSequence c) return alterSequence(c, ctx);
    if (change instanceof AddRoutine c) return List.of(routine(c.routine(), c.subject(), ctx));
    if (change instanceof ReplaceRoutine c) return List.of(routine(c.to(), c.subject(), ctx));
    if (change instanceof DropRoutine c) {
      Routine r = c.routine();
      String kind = r.kind() == Routine.Kind.FUNCTION ? "FUNCTION " : "PROCEDURE ";
      PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, c.subject(),
          "DROP " + kind + qualified(r.name()) + "(" + r.arguments() + ")");
      // A routine recreated under the same name (new signature) is a replacement, not a removal.
      boolean replaced = ctx.desired().routines().stream().anyMatch(x -> x.name().equals(r.name()));
      if (!replaced) {
        b.hazard(HazardCode.BREAKS_CLIENTS, "code calling " + r.signature() + " fails; "
            + "stop calling it in a release before this one");
      }
      return List.of(b.build());
    }
    if (change instanceof AddView c) return createView(c.view(), ctx);
    if (change instanceof DropView c) return List.of(dropView(c.view(), ctx));
    if (change instanceof ReplaceView c) return replaceView(c, ctx);
    if (change instanceof AddTrigger c) return createTrigger(c.table(), c.trigger(), ctx);
    if (change instanceof DropTrigger c) return List.of(dropTrigger(c.table(), c.trigger(), ctx));
    if (change instanceof ReplaceTrigger c) return replaceTrigger(c, ctx);
    return null;
  }

  private static List<Statement> one(PlanContext ctx, ObjectRef subject, String sql) {
    return List.of(PostgresStatementBuilder.of(ctx, subject, sql).build());
  }

  private static Statement createExtension(Extension x, ObjectRef subject, PlanContext ctx) {
    StringBuilder b = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ").append(quote(x.name()));
    if (x.schema() != null) b.append(" WITH SCHEMA ").append(quote(x.schema()));
    if (x.version() != null) b.append(" VERSION ").append(literal(x.version()));
    return PostgresStatementBuilder.of(ctx, subject, b.toString())
        .hazard(HazardCode.UNTRACKABLE_DEPENDENCIES, "installs extension " + x.name()
            + "; what depends on its objects is not tracked by the plan").build();
  }

  private static List<Statement> alterExtension(AlterExtension c, PlanContext ctx) {
    List<Statement> out = new ArrayList<>();
    String name = quote(c.to().name());
    if (c.to().schema() != null && !c.to().schema().equals(c.from().schema())) {
      out.add(PostgresStatementBuilder.of(ctx, c.subject(), "ALTER EXTENSION " + name + " SET SCHEMA "
          + quote(c.to().schema())).hazard(HazardCode.UNTRACKABLE_DEPENDENCIES, "moves extension "
          + c.to().name() + "'s objects to schema " + c.to().schema() + "; code naming them by schema breaks").build());
    }
    if (c.to().version() != null && !c.to().version().equals(c.from().version())) {
      out.add(PostgresStatementBuilder.of(ctx, c.subject(), "ALTER EXTENSION " + name + " UPDATE TO "
          + literal(c.to().version())).hazard(HazardCode.UNTRACKABLE_DEPENDENCIES, "updates extension "
          + c.to().name() + " to " + c.to().version() + "; its upgrade script runs arbitrary SQL").build());
    }
    return out;
  }

  private static List<Statement> createSequence(Sequence s, PlanContext ctx) {
    ObjectRef ref = ObjectRef.of(ObjectKind.SEQUENCE, s.name());
    List<Statement> out = new ArrayList<>();
    SequenceOptions base = SequenceOptions.defaults(s.options().dataType());
    String opts = PostgresSql.sequenceOptions(s.options(), base, false);
    out.add(PostgresStatementBuilder.of(ctx, ref, "CREATE SEQUENCE " + qualified(s.name()) + " AS "
        + s.options().dataType() + opts).build());
    if (s.ownedByTable() != null) out.add(ownedBy(s, ctx));
    return out;
  }

  private static Statement ownedBy(Sequence s, PlanContext ctx) {
    String owner = s.ownedByTable() == null ? "NONE"
        : qualified(s.ownedByTable()) + "." + quote(s.ownedByColumn());
    return PostgresStatementBuilder.of(ctx, ObjectRef.of(ObjectKind.SEQUENCE, s.name()),
        "ALTER SEQUENCE " + qualified(s.name()) + " OWNED BY " + owner).build();
  }

  private static List<Statement> alterSequence(AlterSequence c, PlanContext ctx) {
    List<Statement> out = new ArrayList<>();
    String opts = PostgresSql.sequenceOptions(c.to().options(), c.from().options(), true);
    if (!opts.isEmpty()) {
      // ALTER SEQUENCE locks only the sequence; nextval callers wait for it briefly.
      boolean restart = PostgresSql.restartNeeded(c.from().options(), c.to().options());
      PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, c.subject(), "ALTER SEQUENCE "
          + qualified(c.to().name()) + opts + (restart ? " RESTART WITH " + c.to().options().start() : ""))
          .lock(LockMode.SHARE_ROW_EXCLUSIVE);
      if (restart) {
        b.hazard(HazardCode.DATA_DEPENDENT, PostgresSql.restartMessage("sequence " + c.to().name(),
            c.to().options().start()));
      }
      out.add(b.build());
    }
    if (!java.util.Objects.equals(c.from().ownedByTable(), c.to().ownedByTable())
        || !java.util.Objects.equals(c.from().ownedByColumn(), c.to().ownedByColumn())) {
      out.add(ownedBy(c.to(), ctx));
    }
    return out;
  }

  private static Statement routine(Routine r, ObjectRef subject, PlanContext ctx) {
    PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, subject, strip(r.definition()));
    String lang = r.language() == null ? "" : r.language().toLowerCase(Locale.ROOT);
    if (!lang.equals("sql")) {
      b.hazard(HazardCode.UNTRACKABLE_DEPENDENCIES, r.signature() + " is written in "
          + (lang.isEmpty() ? "a non-SQL language" : lang) + ": the objects its body uses are not tracked");
    }
    return b.build();
  }

  /** Catalog definitions may end with a semicolon and whitespace; a statement never does. */
  static String strip(String definition) {
    String t = definition.strip();
    while (t.endsWith(";")) t = t.substring(0, t.length() - 1).stripTrailing();
    return t;
  }

  static List<Statement> createView(View v, PlanContext ctx) {
    List<Statement> out = new ArrayList<>();
    ObjectRef ref = ObjectRef.of(v.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, v.name());
    String with = v.options().isEmpty() ? "" : " WITH (" + String.join(", ", v.options()) + ")";
    String sql = "CREATE " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + qualified(v.name()) + with
        + " AS\n" + strip(v.definition());
    PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, ref, sql);
    // A materialized view runs its query to fill itself: allow it the time of a scan.
    if (v.materialized()) b.scans(null);
    out.add(b.build());
    for (Index i : v.indexes()) {
      out.add(PostgresStatementBuilder.of(ctx, ObjectRef.member(ObjectKind.INDEX, v.name(), i.name()),
          PostgresSql.createIndex(v.name(), i, i.name(), false, false, ctx)).lock(LockMode.SHARE).scans(null).build());
    }
    return out;
  }

  private static Statement dropView(View v, PlanContext ctx) {
    ObjectRef ref = ObjectRef.of(v.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, v.name());
    PostgresStatementBuilder b = PostgresStatementBuilder.of(ctx, ref, "DROP "
        + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + qualified(v.name())).lock(LockMode.ACCESS_EXCLUSIVE);
    // A view the desired schema still has is only rebuilt: it comes back in the same transaction, and
    // concurrent queries wait on the lock rather than fail.
    boolean rebuilt = ctx.desired().views().stream().anyMatch(x -> x.name().equals(v.name()));
    if (!rebuilt) {
      b.hazard(HazardCode.BREAKS_CLIENTS, "drops " + (v.materialized() ? "materialized view " : "view ")
          + v.name() + "; queries using it fail");
    }
    return b.build();
  }

  /**
   * Drop and create in one transaction, never CREATE OR REPLACE: that refuses dropped, renamed, reordered or
   * retyped output columns (postgresql.org/docs/current/sql-createview.html), which the model cannot rule out,
   * and materialized views have no OR REPLACE. The planner's expansion normally splits a ReplaceView into
   * DropView + AddView so that views reading this one are rebuilt around it; this is the same for a lone one.
   */
  private static List<Statement> replaceView(ReplaceView c, PlanContext ctx) {
    View v = c.to();
    List<Statement> out = new ArrayList<>();
    out.add(dropView(c.from(), ctx));
    out.addAll(createView(v, ctx));
    out.addAll(PostgresPolicyRenderer.restore(c.subject(), v.comment(), ctx));
    for (Index i : v.indexes()) {
      out.addAll(PostgresPolicyRenderer.restore(ObjectRef.member(ObjectKind.INDEX, v.name(), i.name()), i.comment(),
          ctx));
    }
    return out;
  }

  /** The trigger's definition is its full CREATE TRIGGER text; CREATE TRIGGER takes SHARE ROW EXCLUSIVE. */
  static List<Statement> createTrigger(QualifiedName table, Trigger g, PlanContext ctx) {
    ObjectRef ref = ObjectRef.member(ObjectKind.TRIGGER, table, g.name());
    List<Statement> out = new ArrayList<>();
    out.add(PostgresStatementBuilder.of(ctx, ref, strip(g.definition())).lock(LockMode.SHARE_ROW_EXCLUSIVE).build());
    if (!g.enabled()) out.add(enable(table, g, false, ctx));
    return out;
  }

  private static Statement enable(QualifiedName table, Trigger g, boolean on, PlanContext ctx) {
    return PostgresStatementBuilder.of(ctx, ObjectRef.member(ObjectKind.TRIGGER, table, g.name()),
        "ALTER TABLE " + qualified(table) + (on ? " ENABLE" : " DISABLE") + " TRIGGER " + quote(g.name()))
        .lock(LockMode.SHARE_ROW_EXCLUSIVE).build();
  }

  private static Statement dropTrigger(QualifiedName table, Trigger g, PlanContext ctx) {
    return PostgresStatementBuilder.of(ctx, ObjectRef.member(ObjectKind.TRIGGER, table, g.name()),
        "DROP TRIGGER " + quote(g.name()) + " ON " + qualified(table)).lock(LockMode.ACCESS_EXCLUSIVE).build();
  }

  private static List<Statement> replaceTrigger(ReplaceTrigger c, PlanContext ctx) {
    List<Statement> out = new ArrayList<>();
    boolean definition = !c.from().definition().equals(c.to().definition());
    String def = strip(c.to().definition());
    if (definition) {
      // CREATE OR REPLACE TRIGGER exists from PostgreSQL 14: postgresql.org/docs/14/sql-createtrigger.html
      if (ctx.version().atLeast(14) && def.regionMatches(true, 0, "CREATE TRIGGER", 0, 14)) {
        out.add(PostgresStatementBuilder.of(ctx, c.subject(), "CREATE OR REPLACE TRIGGER" + def.substring(14))
            .lock(LockMode.SHARE_ROW_EXCLUSIVE).build());
      } else {
        out.add(dropTrigger(c.table(), c.from(), ctx));
        out.add(PostgresStatementBuilder.of(ctx, c.subject(), def).lock(LockMode.SHARE_ROW_EXCLUSIVE).build());
      }
    }
    if (c.from().enabled() != c.to().enabled() || (definition && !c.to().enabled())) {
      out.add(enable(c.table(), c.to(), c.to().enabled(), ctx));
    }
    return out;
  }
}
