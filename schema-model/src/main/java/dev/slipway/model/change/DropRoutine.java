package dev.slipway.model.change;

import dev.slipway.model.ObjectRef;
import dev.slipway.model.Routine;

/** Drop a function or procedure. */
public record DropRoutine(Routine routine) implements Change {
  @Override public ObjectRef subject() { return RoutineRefs.of(routine); }
}
