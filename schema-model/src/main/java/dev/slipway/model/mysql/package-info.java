/**
 * MySQL/MariaDB facts the shared model has no field for, and the conventions every MySQL reader, rule
 * and renderer share. Readers (catalog, dev database, SQL, YAML) produce exactly this shape; differ rules
 * compare it; the renderer prints it back.
 *
 * <h2>Names</h2>
 * One {@link dev.slipway.model.Namespace} per schema: the managed database, named by the reader's
 * {@code databaseAlias} (the target database's name, so a scratch dev database reads back under the same
 * name), carrying {@link MySqlDatabaseOptions}. Every table, view and routine in it has that schema; a
 * foreign key into another database keeps that database's real name. Names are stored as the server
 * stores them (case preserved, no backticks). Renderers print object names unqualified (statements run
 * in the target database) and qualify only references into another database.
 *
 * <h2>Columns</h2>
 * <ul>
 *   <li>{@code type}: the lower-case {@code COLUMN_TYPE} as the server prints it ({@code int(11)},
 *       {@code int(10) unsigned}, {@code varchar(255)}, {@code enum('a','b')}, {@code decimal(10,2)},
 *       {@code datetime(6)}, {@code tinyint(1)}). MariaDB's {@code json} (stored as {@code longtext
 *       COLLATE utf8mb4_bin} plus an automatic {@code json_valid} CHECK named after the column) is read back
 *       as {@code json} with no collation and no such check.
 *   <li>{@code defaultValue}: SQL text that can be pasted after {@code DEFAULT}: strings quoted
 *       ({@code 'active'}), numbers bare ({@code 0}, {@code 1.50}), bit literals {@code b'1'},
 *       {@code current_timestamp()} / {@code current_timestamp(6)} for CURRENT_TIMESTAMP in any spelling,
 *       MySQL 8 expression defaults in parentheses ({@code (uuid())}); no default and {@code DEFAULT NULL}
 *       are both {@code null}.
 *   <li>{@code identity} is always null; {@code AUTO_INCREMENT} and {@code ON UPDATE} live in
 *       {@link MySqlColumnOptions}, which is present only when one of its fields is set (charset only when
 *       the column's character set differs from its table's).
 *   <li>{@code collation}: only when it differs from the table's collation; {@code generated}: the
 *       server's {@code GENERATION_EXPRESSION}, STORED or VIRTUAL; {@code comment}: null when empty.
 * </ul>
 *
 * <h2>Tables</h2>
 * {@link MySqlTableOptions} always present: {@code engine} as the server names it ({@code InnoDB}),
 * {@code charset} and {@code collation} of the table, {@code rowFormat} only when stated in
 * {@code CREATE_OPTIONS} (else null). Differ rules treat a table charset/collation equal to its
 * database's defaults as inherited. {@code comment} null when empty; {@code size} from
 * {@code TABLES.TABLE_ROWS} and {@code DATA_LENGTH + INDEX_LENGTH}. Partitioned tables carry
 * {@code partitioning} plus {@link MySqlPartitions}.
 *
 * <h2>Keys, indexes, constraints</h2>
 * <ul>
 *   <li>The primary key is a {@link dev.slipway.model.PrimaryKey} named {@code PRIMARY}.
 *   <li>UNIQUE keys are {@link dev.slipway.model.Index} records with {@code unique = true} (on MySQL a
 *       unique constraint is a unique index); there are no {@code UniqueConstraint}s in a MySQL schema.
 *   <li>Every other key (including the index InnoDB creates for a foreign key) is an {@code Index}:
 *       {@code method} lower-case ({@code btree}, {@code hash}, {@code fulltext}, {@code spatial}); keys
 *       carry {@code prefixLength} ({@code SUB_PART}), {@code DESC}, or an expression (MySQL 8 functional
 *       key parts, server text); {@code comment} null when empty. Invisible/ignored indexes are not modelled.
 *   <li>{@link dev.slipway.model.ForeignKey}: actions from {@code REFERENTIAL_CONSTRAINTS}; differ rules
 *       treat {@code RESTRICT} and {@code NO ACTION} as the same (InnoDB checks both immediately).
 *   <li>{@link dev.slipway.model.CheckConstraint}: name and the server's {@code CHECK_CLAUSE}; MariaDB's
 *       column-level checks are modelled as table checks of the same name.
 * </ul>
 *
 * <h2>Views, triggers, routines</h2>
 * A view's {@code definition} is the server's {@code VIEW_DEFINITION} with qualifiers naming the managed
 * database removed; {@code options} hold {@code algorithm=merge|temptable}, {@code sql_security=invoker}
 * and {@code check_option=local|cascaded} only when not the default. A trigger's {@code definition} is
 * {@code CREATE TRIGGER name BEFORE|AFTER INSERT|UPDATE|DELETE ON table FOR EACH ROW body} without a
 * DEFINER; {@code function} is null. A routine's {@code definition} is the full CREATE statement without
 * a DEFINER; {@code arguments} is the comma-separated parameter list as declared.
 */
package dev.slipway.model.mysql;
