package dev.slipway.model.mysql;

import dev.slipway.model.Attr;
import dev.slipway.model.Expr;

/**
 * MySQL/MariaDB column options that PostgreSQL has no word for: {@code AUTO_INCREMENT},
 * {@code ON UPDATE expr}, a column {@code CHARACTER SET}.
 * See dev.mysql.com/doc/refman/8.0/en/create-table.html.
 */
public record MySqlColumnOptions(boolean autoIncrement, Expr onUpdate, String charset) implements Attr {}
