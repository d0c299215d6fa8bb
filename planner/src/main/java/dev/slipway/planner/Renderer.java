package dev.slipway.planner;

import dev.slipway.model.change.Change;
import java.util.List;

/** Turns one change into the statements a dialect runs for it, hazards attached where they are made. */
public interface Renderer {
  List<Statement> render(Change change, PlanContext context);

  /**
   * Renders the whole ordered plan. The default renders change by change; a dialect that combines
   * changes (MySQL merges a table's changes into one {@code ALTER TABLE}) overrides it.
   */
  /**
   * Whether views pin the shape of what they read, so a changed view, or a column type change under a view,
   * needs the views reading it dropped before and recreated after (PostgreSQL). MySQL stores a view as text
   * resolved when it is used, and {@code CREATE OR REPLACE VIEW} may change its columns freely, so its renderer
   * answers false and gets {@link dev.slipway.model.change.ReplaceView} as it is.
   */
  default boolean viewsPinTheirInputs() {
    return true;
  }

  default List<Statement> renderAll(List<Change> ordered, PlanContext context) {
    List<Statement> out = new java.util.ArrayList<>();
    for (Change c : ordered) out.addAll(render(c, context));
    return out;
  }
}
