package dev.slipway.planner;

import dev.slipway.model.ForeignKey;
import java.util.Objects;

/** Comparisons of foreign keys the planner and the dialect renderers agree on. */
public final class ForeignKeys {
  private ForeignKeys() {}

  /**
   * Whether two foreign keys of one name differ in deferrability only, so the constraint can be altered in
   * place ({@code ALTER CONSTRAINT … DEFERRABLE}) instead of dropped, added and validated again.
   */
  public static boolean onlyDeferrabilityDiffers(ForeignKey a, ForeignKey b) {
    return a.name().equals(b.name()) && a.deferrability() != b.deferrability()
        && a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
        && a.referencedColumns().equals(b.referencedColumns()) && a.onUpdate() == b.onUpdate()
        && a.onDelete() == b.onDelete() && a.match() == b.match() && a.valid() == b.valid()
        && Objects.equals(a.comment(), b.comment());
  }
}
