package dev.slipway.model.mysql;

import dev.slipway.model.Attr;
import java.util.List;

/**
 * The partitions of a MySQL/MariaDB partitioned table, in order, each as canonical text
 * ({@code PARTITION p0 VALUES LESS THAN (10)}, {@code PARTITION p1 VALUES IN (1,2)}); for HASH/KEY
 * partitioning by count, the single entry {@code PARTITIONS 4}. {@code Table.partitioning} holds the
 * strategy and keys; {@code columns} is true for {@code RANGE COLUMNS} / {@code LIST COLUMNS}. See dev.mysql.com/doc/refman/8.0/en/partitioning-information-schema.html.
 */
public record MySqlPartitions(List<String> definitions, boolean columns) implements Attr {
  public MySqlPartitions {
    definitions = List.copyOf(definitions);
  }

  /** Partitions of plain RANGE/LIST/HASH/KEY partitioning (not {@code RANGE COLUMNS} / {@code LIST COLUMNS}). */
  public MySqlPartitions(List<String> definitions) {
    this(definitions, false);
  }
}
