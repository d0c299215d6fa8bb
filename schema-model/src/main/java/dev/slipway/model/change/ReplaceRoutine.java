package dev.slipway.model.change;

import dev.slipway.model.ObjectRef;
import dev.slipway.model.Routine;

/** Change a routine's body or attributes (same signature). */
public record ReplaceRoutine(Routine from, Routine to) implements Change {
  @Override public ObjectRef subject() { return RoutineRefs.of(to); }
}
