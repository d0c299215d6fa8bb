package dev.slipway.model.mysql;

import dev.slipway.model.Attr;

/**
 * A MySQL/MariaDB database's defaults ({@code SCHEMATA.DEFAULT_CHARACTER_SET_NAME},
 * {@code DEFAULT_COLLATION_NAME}), kept on its {@code Namespace}. Tables whose charset and collation equal
 * these inherit them, so a table that says nothing compares equal in databases with different defaults.
 * Not a difference in itself: Slipway does not alter a database's defaults.
 * See dev.mysql.com/doc/refman/8.0/en/charset-database.html.
 */
public record MySqlDatabaseOptions(String charset, String collation) implements Attr {}
