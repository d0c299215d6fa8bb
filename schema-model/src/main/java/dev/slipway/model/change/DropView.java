package dev.slipway.model.change;

import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.View;

/** Drop a view or materialized view. */
public record DropView(View view) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.of(view.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, view.name()); }
}
