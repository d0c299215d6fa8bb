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
  default List<Statement> renderAll(List<Change> ordered, PlanContext context) {
    List<Statement> out = new java.util.ArrayList<>();
    for (Change c : ordered) out.addAll(render(c, context));
    return out;
  }
}
