package dev.slipway.model.change;

import dev.slipway.model.Attr;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import java.util.List;

/** Change dialect table options (MySQL engine/charset/collation/row format, PostgreSQL storage). */
public record AlterTableOptions(QualifiedName table, List<Attr> from, List<Attr> to) implements Change {
  public AlterTableOptions {
    from = List.copyOf(from);
    to = List.copyOf(to);
  }

  @Override public ObjectRef subject() { return ObjectRef.table(table); }
}
