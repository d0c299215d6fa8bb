package dev.slipway.model.change;

import dev.slipway.model.EnumType;
import dev.slipway.model.InvalidModelException;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;

/**
 * Change an enum's labels. When {@code to} keeps every label of {@code from} in the same relative order
 * the planner can add values in place; otherwise the type must be rebuilt.
 */
public record AlterEnum(EnumType from, EnumType to) implements Change {
  public AlterEnum {
    if (!from.name().equals(to.name())) throw new InvalidModelException("AlterEnum across names " + from.name() + " / " + to.name());
    if (from.labels().equals(to.labels())) throw new InvalidModelException("no-op AlterEnum on " + to.name());
  }

  /** True when only labels are added and existing ones keep their order. */
  public boolean onlyAdds() {
    int at = 0;
    for (String label : to.labels()) {
      if (at < from.labels().size() && from.labels().get(at).equals(label)) at++;
    }
    return at == from.labels().size();
  }

  @Override public ObjectRef subject() { return ObjectRef.of(ObjectKind.TYPE, to.name()); }
}
