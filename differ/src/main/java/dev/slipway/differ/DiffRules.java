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

  boolean sameType(SqlType a, SqlType b);

  boolean sameDefault(Expr a, Expr b);

  boolean sameExpression(Expr a, Expr b);
}
