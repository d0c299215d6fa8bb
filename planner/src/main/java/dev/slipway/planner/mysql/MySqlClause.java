package dev.slipway.planner.mysql;

import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.LockMode;
import java.util.List;

/**
 * One clause of an {@code ALTER TABLE} ({@code ADD COLUMN …}, {@code DROP INDEX …}) with the algorithm and lock
 * it needs ({@code lock}, one of the {@code MYSQL_*} modes), whether the table is rebuilt or copied
 * ({@code rewrites}), and its hazards. Clauses of one table that need the same algorithm and lock share one
 * statement (see {@link MySqlRenderer#renderAll}).
 */
record MySqlClause(QualifiedName table, String sql, LockMode lock, boolean rewrites, List<Hazard> hazards,
    ObjectRef subject) {
  MySqlClause {
    hazards = List.copyOf(hazards);
  }
}
