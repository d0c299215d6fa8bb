package dev.slipway.model.change;

import dev.slipway.model.Extension;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Install a PostgreSQL extension. */
public record AddExtension(Extension extension) implements Change {
  @Override public ObjectRef subject() { return Refs.extension(extension); }
}

/** Names extensions, which live in no schema of their own. */
final class Refs {
  private Refs() {}

  static ObjectRef extension(Extension e) {
    return ObjectRef.of(ObjectKind.EXTENSION, new QualifiedName(e.schema() == null ? "-" : e.schema(), e.name()));
  }
}
