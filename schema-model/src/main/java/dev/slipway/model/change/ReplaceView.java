package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.View;

/** Change a view's query or options. */
public record ReplaceView(View from, View to) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.of(to.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, to.name()); }
}
