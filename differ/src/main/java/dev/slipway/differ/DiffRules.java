package dev.slipway.differ;

import dev.slipway.model.Expr;
import dev.slipway.model.Schema;
import dev.slipway.model.SqlType;

/**
 * A dialect's rules for when two spellings mean the same thing (type aliases, redundant casts, default
 * expressions, implicit names). The differ calls them; it never compares dialect text itself.
 */
public interface DiffRules {
  /**
   * Rewrites a schema into the dialect's canonical spellings, so equal schemas become equal records. The
   * differ normalises both sides at once, on two threads: implementations must be thread-safe.
   */
  Schema normalize(Schema schema);

  /**
   * As {@link #normalize(Schema)}, told which tables are the same on both sides: equal records (size
   * estimates aside) in equal namespaces. Rules whose canonical form of a table depends on nothing but the
   * table and its namespace may return those as they are, since both sides would get the same result: at
   * 10,000 tables that is most of the work of a plan between two similar databases.
   */
  default Schema normalize(Schema schema, java.util.Set<dev.slipway.model.QualifiedName> sameOnBothSides) {
    return normalize(schema);
  }

  boolean sameType(SqlType a, SqlType b);

  boolean sameDefault(Expr a, Expr b);

  boolean sameExpression(Expr a, Expr b);
}
