package dev.slipway.planner;

import dev.slipway.model.ObjectRef;
import java.time.Duration;
import java.util.List;

/**
 * One planned statement with everything a reviewer needs: its SQL (one statement, no trailing semicolon),
 * whether it may run inside a transaction, the strongest lock it takes, its timeouts, the object it
 * touches and its hazards. {@code phase} groups statements that must not share a transaction with the
 * previous one (a {@code VALIDATE} after its {@code NOT VALID} add starts a new phase).
 * {@code alternatives} are equivalent ways to run the same change outside the plan (MySQL: a {@code gh-ost} or
 * {@code pt-online-schema-change} command line for a large table only {@code ALGORITHM=COPY} can alter); empty
 * for most statements.
 */
public record Statement(
    String sql,
    boolean transactional,
    LockMode lock,
    Duration lockTimeout,
    Duration statementTimeout,
    ObjectRef subject,
    List<Hazard> hazards,
    boolean ownTransaction,
    List<String> alternatives) {

  public Statement {
    if (sql == null || sql.isBlank()) throw new IllegalArgumentException("empty statement for " + subject);
    if (sql.strip().endsWith(";")) throw new IllegalArgumentException("statement SQL ends with a semicolon: " + sql);
    if (lock == null) throw new IllegalArgumentException("statement without a lock mode: " + sql);
    hazards = List.copyOf(hazards);
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  /** A statement with no alternatives. */
  public Statement(String sql, boolean transactional, LockMode lock, Duration lockTimeout, Duration statementTimeout,
      ObjectRef subject, List<Hazard> hazards, boolean ownTransaction) {
    this(sql, transactional, lock, lockTimeout, statementTimeout, subject, hazards, ownTransaction, List.of());
  }
}
