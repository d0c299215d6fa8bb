package dev.slipway.api.apply;

import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plan into the units apply runs: consecutive transactional statements share a transaction,
 * a statement marked {@code ownTransaction} (a VALIDATE after its NOT VALID add) starts a new one, and a
 * non-transactional statement (CONCURRENTLY) runs alone in autocommit (DESIGN.md §7).
 */
final class Batches {
  /** One unit of work: a transaction of one or more statements, or one statement outside any. */
  record Batch(List<Statement> statements, boolean transactional) {}

  private Batches() {}

  static List<Batch> of(List<Statement> statements) {
    List<Batch> out = new ArrayList<>();
    List<Statement> open = new ArrayList<>();
    for (Statement s : statements) {
      if (!s.transactional()) {
        flush(open, out);
        out.add(new Batch(List.of(s), false));
      } else {
        if (s.ownTransaction()) flush(open, out);
        open.add(s);
        if (s.ownTransaction()) flush(open, out);
      }
    }
    flush(open, out);
    return out;
  }

  private static void flush(List<Statement> open, List<Batch> out) {
    if (!open.isEmpty()) {
      out.add(new Batch(List.copyOf(open), true));
      open.clear();
    }
  }
}
