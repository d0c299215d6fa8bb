package dev.slipway.planner;

import dev.slipway.model.Column;
import dev.slipway.model.Constraint;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.PrimaryKey;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Table;
import dev.slipway.model.UniqueConstraint;
import dev.slipway.model.change.*;
import java.util.ArrayList;
import java.util.List;

/**
 * What one change creates ({@code produces}), needs to exist first ({@code consumes}), removes
 * ({@code removes}) and stops needing ({@code releases}), as {@link Keys}; plus a rank that orders
 * otherwise unrelated changes: drops of dependents first, then creates from namespaces down to comments.
 */
final class Deps {
  final List<String> produces = new ArrayList<>();
  final List<String> consumes = new ArrayList<>();
  final List<String> removes = new ArrayList<>();
  final List<String> releases = new ArrayList<>();
  int rank;

  static Deps of(Change change) {
    Deps d = new Deps();
    d.fill(change);
    d.afterRenames(change);
    return d;
  }

  /**
   * Every change on a renamed table (or column) names it by its new name, so it runs after the rename.
   * Only the renames produce these keys, so they add no other edge.
   */
  private void afterRenames(Change change) {
    ObjectRef s = change.subject();
    if (change instanceof RenameTable) {
      produces.add(Keys.renamed(s.name()));
      return;
    }
    // A drop of the relation itself is not a change on it: it must be free to run before a rename onto its name.
    if (s.kind() != ObjectKind.SCHEMA && !removes.contains(Keys.relation(s.name()))) {
      consumes.add(Keys.renamed(s.name()));
    }
    if (change instanceof RenameColumn c) {
      produces.add(Keys.renamedColumn(c.table(), c.to()));
    } else if (s.kind() == ObjectKind.COLUMN && s.member() != null) {
      consumes.add(Keys.renamedColumn(s.name(), s.member()));
    }
  }

  private void fill(Change change) {
    if (change instanceof SetRowSecurity c) {
      // Create policies before enabling RLS; disable it before dropping policies (no window without access).
      rank = c.enabled() ? 37 : 1;
      consumes.add(Keys.relation(c.table()));
    } else if (change instanceof DropPolicy c) {
      rank = 2;
      releases.add(Keys.relation(c.table()));
    } else if (change instanceof DropTrigger c) {
      rank = 3;
      releases.add(Keys.relation(c.table()));
      if (c.trigger().function() != null) releases.add(Keys.function(c.trigger().function()));
    } else if (change instanceof DropView c) {
      rank = 4;
      removes.add(Keys.relation(c.view().name()));
      removes.add(Keys.shape(c.view().name()));
      released(c.view().name().schema());
      for (QualifiedName q : c.view().dependsOn()) {
        releases.add(Keys.relation(q));
        releases.add(Keys.shape(q));
      }
    } else if (change instanceof DropConstraint c) {
      rank = c.constraint() instanceof ForeignKey ? 5 : 6;
      dropConstraint(c.table(), c.constraint());
    } else if (change instanceof DropIndex c) {
      rank = 7;
      removes.add(Keys.index(c.table(), c.index().name()));
      Keys.indexColumns(c.table(), c.index(), releases);
      // A unique index can be what a foreign key references (always so on MySQL, where UNIQUE is an index),
      // and any index can be what a foreign key of this table leans on: those foreign keys go first.
      if (c.index().unique()) removes.add(Keys.uniqueKey(c.table()));
      String lead = Keys.leadingColumn(c.table(), c.index());
      if (lead != null) removes.add(lead);
    } else if (change instanceof DropColumn c) {
      rank = 8;
      removes.add(Keys.column(c.table(), c.column().name()));
      removes.add(Keys.shape(c.table()));
      List<String> refs = new ArrayList<>();
      Keys.columnRefs(c.table(), c.column(), refs);
      releases.addAll(refs);
    } else if (change instanceof DropTable c) {
      rank = 9;
      dropTable(c.table());
    } else if (change instanceof DropRoutine c) {
      rank = 10;
      removes.add(Keys.function(c.routine().name()));
      released(c.routine().name().schema());
    } else if (change instanceof DropSequence c) {
      rank = 11;
      removes.add(Keys.relation(c.sequence().name()));
      released(c.sequence().name().schema());
    } else if (change instanceof DropType c) {
      rank = 12;
      removes.add(Keys.type(c.type().name()));
      // A domain over another domain or an enum, or whose check calls a function, goes before them.
      Keys.typeDefRefs(c.type(), releases);
    } else if (change instanceof DropExtension c) {
      rank = 13;
      removes.add(Keys.extension(c.extension().name()));
      if (c.extension().schema() != null) released(c.extension().schema());
    } else if (change instanceof DropNamespace c) {
      rank = 14;
      removes.add(Keys.schema(c.namespace().name()));
    } else {
      creates(change);
    }
  }

  private void released(String schema) {
    releases.add(Keys.schema(schema));
  }

  private void dropConstraint(QualifiedName table, Constraint c) {
    removes.add(Keys.constraint(table, c.name()));
    if (c instanceof PrimaryKey || c instanceof UniqueConstraint) removes.add(Keys.uniqueKey(table));
    for (String col : Keys.columnsOf(c)) releases.add(Keys.column(table, col));
    if (c instanceof ForeignKey fk) {
      releases.add(Keys.leadingColumn(table, fk.columns().get(0)));
      releases.add(Keys.relation(fk.referencedTable()));
      releases.add(Keys.uniqueKey(fk.referencedTable()));
    }
  }

  private void dropTable(Table t) {
    QualifiedName n = t.name();
    removes.add(Keys.relation(n));
    removes.add(Keys.shape(n));
    removes.add(Keys.uniqueKey(n));
    for (Column c : t.columns()) removes.add(Keys.column(n, c.name()));
    Keys.tableRefs(t, releases, true);
    released(n.schema());
  }

  private void creates(Change change) {
    if (change instanceof AddNamespace c) {
      rank = 20;
      produces.add(Keys.schema(c.namespace().name()));
    } else if (change instanceof AddExtension c) {
      rank = 21;
      produces.add(Keys.extension(c.extension().name()));
      if (c.extension().schema() != null) consumes.add(Keys.schema(c.extension().schema()));
    } else if (change instanceof AlterExtension c) {
      rank = 21;
      if (c.to().schema() != null) consumes.add(Keys.schema(c.to().schema()));
    } else if (change instanceof AddType c) {
      rank = 22;
      produces.add(Keys.type(c.type().name()));
      Keys.typeDefRefs(c.type(), consumes);
    } else if (change instanceof AlterEnum c) {
      rank = 22;
      consumes.add(Keys.type(c.to().name()));
    } else if (change instanceof AddSequence c) {
      rank = 23;
      produces.add(Keys.relation(c.sequence().name()));
      consumes.add(Keys.schema(c.sequence().name().schema()));
    } else if (change instanceof AlterSequence c) {
      rank = 23;
      consumes.add(Keys.relation(c.to().name()));
      if (c.to().ownedByTable() != null) {
        consumes.add(Keys.relation(c.to().ownedByTable()));
        consumes.add(Keys.column(c.to().ownedByTable(), c.to().ownedByColumn()));
      } else if (c.from().ownedByTable() != null) {
        // Released from its owner: before that table or column is dropped, or the drop takes the sequence along.
        releases.add(Keys.relation(c.from().ownedByTable()));
        releases.add(Keys.column(c.from().ownedByTable(), c.from().ownedByColumn()));
      }
    } else if (change instanceof AddRoutine c) {
      rank = 24;
      produces.add(Keys.function(c.routine().name()));
      Keys.routineRefs(c.routine(), consumes);
    } else if (change instanceof ReplaceRoutine c) {
      rank = 24;
      Keys.routineRefs(c.to(), consumes);
    } else if (change instanceof RenameTable c) {
      rank = 25;
      removes.add(Keys.relation(c.from()));
      produces.add(Keys.relation(c.to()));
      consumes.add(Keys.schema(c.to().schema()));
    } else if (change instanceof AddTable c) {
      rank = 26;
      QualifiedName n = c.table().name();
      produces.add(Keys.relation(n));
      produces.add(Keys.shape(n));
      if (c.table().primaryKey().isPresent()
          || c.table().constraints().stream().anyMatch(UniqueConstraint.class::isInstance)) {
        produces.add(Keys.uniqueKey(n));
      }
      for (Column col : c.table().columns()) produces.add(Keys.column(n, col.name()));
      Keys.tableRefs(c.table(), consumes, true);
    } else {
      members(change);
    }
  }

  private void members(Change change) {
    if (change instanceof RenameColumn c) {
      rank = 27;
      consumes.add(Keys.relation(c.table()));
      removes.add(Keys.column(c.table(), c.from()));
      produces.add(Keys.column(c.table(), c.to()));
    } else if (change instanceof AddColumn c) {
      rank = 28;
      consumes.add(Keys.relation(c.table()));
      Keys.columnRefs(c.table(), c.column(), consumes);
      Keys.generatedFrom(c.table(), c.column(), consumes);
      // MySQL's ADD COLUMN … AFTER x needs x to exist: new columns go in the desired order (a cycle with a
      // generated column's sources is left to the planner's cycle rule, which keeps the ranks).
      if (c.after() != null) consumes.add(Keys.column(c.table(), c.after()));
      produces.add(Keys.column(c.table(), c.column().name()));
    } else if (change instanceof AlterColumn c) {
      rank = 29;
      consumes.add(Keys.relation(c.table()));
      consumes.add(Keys.column(c.table(), c.to().name()));
      Keys.columnRefs(c.table(), c.to(), consumes);
      Keys.columnRefs(c.table(), c.from(), releases);
      if (c.changes(ColumnAspect.TYPE)) {
        // Views over the table must be dropped before and recreated after (the Planner adds those changes).
        removes.add(Keys.shape(c.table()));
        produces.add(Keys.shape(c.table()));
        produces.add(Keys.columnType(c.table(), c.to().name()));
      }
    } else if (change instanceof AlterTableOptions c) {
      rank = 30;
      consumes.add(Keys.relation(c.table()));
    } else if (change instanceof RenameIndex c) {
      rank = 31;
      consumes.add(Keys.index(c.table(), c.from()));
      consumes.add(Keys.relation(c.table()));
      produces.add(Keys.index(c.table(), c.to()));
    } else if (change instanceof ReplaceIndex c) {
      rank = 31;
      consumes.add(Keys.relation(c.table()));
      Keys.indexColumns(c.table(), c.to(), consumes);
      // The old index is dropped by the replacement, so it goes before its columns do: dropping a column drops
      // the indexes over it (PostgreSQL every one, MySQL those left with no column), and a second drop fails.
      Keys.indexColumns(c.table(), c.from(), releases);
    } else if (change instanceof AddIndex c) {
      rank = 31;
      consumes.add(Keys.relation(c.table()));
      Keys.indexColumns(c.table(), c.index(), consumes);
      produces.add(Keys.index(c.table(), c.index().name()));
      if (c.index().unique()) produces.add(Keys.uniqueKey(c.table()));
      String lead = Keys.leadingColumn(c.table(), c.index());
      if (lead != null) produces.add(lead);
    } else if (change instanceof AddConstraint c) {
      rank = c.constraint() instanceof ForeignKey ? 33 : 32;
      consumes.add(Keys.relation(c.table()));
      for (String col : Keys.columnsOf(c.constraint())) consumes.add(Keys.column(c.table(), col));
      if (c.constraint() instanceof ForeignKey fk) {
        consumes.add(Keys.leadingColumn(c.table(), fk.columns().get(0)));
        consumes.add(Keys.relation(fk.referencedTable()));
        consumes.add(Keys.uniqueKey(fk.referencedTable()));
        for (String col : fk.referencedColumns()) {
          consumes.add(Keys.column(fk.referencedTable(), col));
          consumes.add(Keys.columnType(fk.referencedTable(), col));
        }
      }
      if (c.constraint() instanceof PrimaryKey || c.constraint() instanceof UniqueConstraint) {
        produces.add(Keys.uniqueKey(c.table()));
      }
      produces.add(Keys.constraint(c.table(), c.constraint().name()));
    } else if (change instanceof ValidateConstraint c) {
      rank = 34;
      consumes.add(Keys.constraint(c.table(), c.constraint().name()));
    } else if (change instanceof AddView c) {
      rank = 35;
      produces.add(Keys.relation(c.view().name()));
      produces.add(Keys.shape(c.view().name()));
      Keys.viewRefs(c.view(), consumes);
    } else if (change instanceof ReplaceView c) {
      rank = 35;
      Keys.viewRefs(c.to(), consumes);
      for (QualifiedName q : c.from().dependsOn()) {
        releases.add(Keys.relation(q));
        releases.add(Keys.shape(q));
      }
    } else if (change instanceof AddTrigger c) {
      rank = 36;
      consumes.add(Keys.relation(c.table()));
      if (c.trigger().function() != null) consumes.add(Keys.function(c.trigger().function()));
    } else if (change instanceof ReplaceTrigger c) {
      rank = 36;
      consumes.add(Keys.relation(c.table()));
      if (c.to().function() != null) consumes.add(Keys.function(c.to().function()));
      if (c.from().function() != null) releases.add(Keys.function(c.from().function()));
    } else if (change instanceof AddPolicy c) {
      rank = 36;
      consumes.add(Keys.relation(c.table()));
    } else if (change instanceof AlterPolicy c) {
      rank = 36;
      consumes.add(Keys.relation(c.table()));
    } else if (change instanceof SetComment c) {
      rank = 38;
      ObjectRef t = c.target();
      if (t.kind() == ObjectKind.SCHEMA) {
        consumes.add(Keys.schema(t.name().schema()));
      } else if (t.kind() == ObjectKind.TYPE) {
        consumes.add(Keys.type(t.name()));
      } else if (t.kind() == ObjectKind.FUNCTION || t.kind() == ObjectKind.PROCEDURE) {
        consumes.add(Keys.function(t.name()));
      } else if (t.kind() == ObjectKind.COLUMN) {
        consumes.add(Keys.column(t.name(), t.member()));
      } else if (t.kind() != ObjectKind.EXTENSION) {
        consumes.add(Keys.relation(t.name()));
      }
    } else {
      throw new PlanningException("no dependency rules for " + change.getClass().getSimpleName());
    }
  }
}
