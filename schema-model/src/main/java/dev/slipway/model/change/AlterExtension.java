package dev.slipway.model.change;

import dev.slipway.model.Extension;
import dev.slipway.model.ObjectRef;

/** Update an extension's version or move it to another schema. */
public record AlterExtension(Extension from, Extension to) implements Change {
  @Override public ObjectRef subject() { return Refs.extension(to); }
}
