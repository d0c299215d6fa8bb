package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.View;

/** Create a view or materialized view (with its indexes). */
public record AddView(View view) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.of(view.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, view.name()); }
}
