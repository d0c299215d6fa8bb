package dev.slipway.model.change;

import dev.slipway.model.Extension;
import dev.slipway.model.ObjectRef;

/** Uninstall a PostgreSQL extension. */
public record DropExtension(Extension extension) implements Change {
  @Override public ObjectRef subject() { return Refs.extension(extension); }
}
