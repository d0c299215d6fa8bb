package dev.slipway.differ;

import java.util.List;

/**
 * What the differ compares: {@code schemas} to manage (empty = all present on either side),
 * {@code exclude} globs on {@code schema} or {@code schema.object} to leave alone, and whether column
 * order is a difference (opt-in, MySQL only).
 */
public record DiffOptions(List<String> schemas, List<String> exclude, boolean columnOrderMatters) {
  public static final DiffOptions DEFAULT = new DiffOptions(List.of(), List.of(), false);

  public DiffOptions {
    schemas = schemas == null ? List.of() : List.copyOf(schemas);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }
}
