package dev.slipway.model.change;

import dev.slipway.model.ObjectRef;

/** Set or remove ({@code to == null}) the comment on any object. */
public record SetComment(ObjectRef target, String from, String to) implements Change {
  @Override public ObjectRef subject() { return target; }
}
