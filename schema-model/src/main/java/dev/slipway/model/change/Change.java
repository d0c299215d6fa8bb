package dev.slipway.model.change;

import dev.slipway.model.ObjectRef;

/**
 * One difference between the current and the desired schema. Values only: the differ produces them,
 * the planner turns each into statements. Every renderer must handle every permitted type (a test walks
 * {@code Change.class.getPermittedSubclasses()}).
 */
public sealed interface Change
    permits AddNamespace, DropNamespace,
        AddExtension, DropExtension, AlterExtension,
        AddType, DropType, AlterEnum,
        AddSequence, DropSequence, AlterSequence,
        AddTable, DropTable, RenameTable, AlterTableOptions, SetRowSecurity,
        AddColumn, DropColumn, AlterColumn, RenameColumn,
        AddConstraint, DropConstraint, ValidateConstraint,
        AddIndex, DropIndex, ReplaceIndex, RenameIndex,
        AddView, DropView, ReplaceView,
        AddRoutine, DropRoutine, ReplaceRoutine,
        AddTrigger, DropTrigger, ReplaceTrigger,
        AddPolicy, DropPolicy, AlterPolicy,
        SetComment {

  /** The object created, dropped or altered; used for ordering, filtering and reports. */
  ObjectRef subject();
}
