package dev.slipway.planner.postgres;

import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import dev.slipway.model.View;
import dev.slipway.model.change.*;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.PlanningException;
import dev.slipway.planner.Renderer;
import dev.slipway.planner.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL statements for each {@link Change}, with the lock-aware strategies of DESIGN.md §6 on tables
 * that already exist in {@link PlanContext#current()}; a table created in the same plan gets plain DDL.
 * Work is split by object kind into package-private helpers. Not thread-safe (it caches a name index of the
 * last context it saw).
 */
public final class PostgresRenderer implements Renderer {
  private Schema indexedCurrent;
  private Schema indexedDesired;
  private Existing existing;

  @Override
  public List<Statement> render(Change change, PlanContext context) {
    Existing e = existing(context);
    if (change instanceof AddTable || change instanceof DropTable || change instanceof RenameTable
        || change instanceof AlterTableOptions || change instanceof SetRowSecurity || change instanceof AddColumn
        || change instanceof DropColumn || change instanceof RenameColumn) {
      return PostgresTableRenderer.render(change, context, e);
    }
    if (change instanceof AlterColumn c) return PostgresColumnRenderer.render(c, context, e);
    if (change instanceof AddIndex || change instanceof DropIndex || change instanceof ReplaceIndex
        || change instanceof RenameIndex) {
      return PostgresIndexRenderer.render(change, context, e);
    }
    if (change instanceof AddConstraint || change instanceof DropConstraint
        || change instanceof ValidateConstraint) {
      return PostgresConstraintRenderer.render(change, context, e);
    }
    if (change instanceof AddPolicy || change instanceof DropPolicy || change instanceof AlterPolicy
        || change instanceof SetComment) {
      return PostgresPolicyRenderer.render(change, context, e);
    }
    if (change instanceof AddType || change instanceof DropType || change instanceof AlterEnum) {
      return PostgresTypeRenderer.render(change, context, e);
    }
    List<Statement> other = PostgresObjectRenderer.render(change, context, e);
    if (other == null) throw new PlanningException("PostgreSQL cannot render " + change.getClass().getSimpleName());
    return other;
  }

  private Existing existing(PlanContext context) {
    if (existing == null || indexedCurrent != context.current() || indexedDesired != context.desired()) {
      existing = new Existing(context.current(), context.desired());
      indexedCurrent = context.current();
      indexedDesired = context.desired();
    }
    return existing;
  }

  /** The objects that exist before the plan runs, found by the name they will have (rename hints applied). */
  static final class Existing {
    private final Map<QualifiedName, Table> tables = new HashMap<>();
    private final Map<QualifiedName, View> views = new HashMap<>();
    final Schema current;

    Existing(Schema current, Schema desired) {
      this.current = current;
      for (Table t : current.tables()) tables.put(t.name(), t);
      for (View v : current.views()) views.put(v.name(), v);
      for (RenameHint h : desired.renameHints()) {
        if (!h.isTable()) continue;
        Table old = tables.get(new QualifiedName(h.table().schema(), h.from()));
        if (old != null && !tables.containsKey(h.table())) tables.put(h.table(), old);
      }
    }

    /** The current table that will carry this name, or null when the table is created by the plan. */
    Table table(QualifiedName name) {
      return tables.get(name);
    }

    View view(QualifiedName name) {
      return views.get(name);
    }

    /** Whether a table or materialized view of this name holds rows already (so locks matter). */
    boolean exists(QualifiedName name) {
      return tables.containsKey(name) || views.containsKey(name);
    }
  }
}
