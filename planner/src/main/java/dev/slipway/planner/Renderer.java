package dev.slipway.planner;

import dev.slipway.model.change.Change;
import java.util.List;

/** Turns one change into the statements a dialect runs for it, hazards attached where they are made. */
public interface Renderer {
  List<Statement> render(Change change, PlanContext context);
}
