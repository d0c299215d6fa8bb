package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.Routine;

/** Create a function or procedure. */
public record AddRoutine(Routine routine) implements Change {
  @Override public ObjectRef subject() { return RoutineRefs.of(routine); }
}

/** Routines are named with their argument list, so overloads stay apart. */
final class RoutineRefs {
  private RoutineRefs() {}

  static ObjectRef of(Routine r) {
    return new ObjectRef(r.kind() == Routine.Kind.FUNCTION ? ObjectKind.FUNCTION : ObjectKind.PROCEDURE,
        r.name(), "(" + r.arguments() + ")");
  }
}
