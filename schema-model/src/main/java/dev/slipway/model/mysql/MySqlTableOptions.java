package dev.slipway.model.mysql;

import dev.slipway.model.Attr;

/**
 * MySQL/MariaDB table options: {@code ENGINE}, {@code DEFAULT CHARSET}, {@code COLLATE},
 * {@code ROW_FORMAT}. The table comment is {@code Table.comment}.
 * See dev.mysql.com/doc/refman/8.0/en/create-table.html#create-table-options.
 */
public record MySqlTableOptions(String engine, String charset, String collation, String rowFormat) implements Attr {}
