package dev.slipway.api.apply;

import dev.slipway.planner.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs planned statements on one connection (DESIGN.md §7): batches share a transaction, statements
 * outside transactions run alone, every statement gets its own timeouts, and a batch that hit the lock
 * timeout is retried with exponential backoff a bounded number of times. On failure it stops, rolls back
 * the open transaction, cleans up what a failed concurrent build leaves, and reports exactly what ran.
 */
public final class Executor {
  /** Waits between retries; tests pass a fake clock-free sleeper only where waiting is not the point. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Session session;
  private final ApplyListener listener;
  private final int maxAttempts;
  private final Duration firstBackoff;
  private final Sleeper sleeper;

  public Executor(Session session, ApplyListener listener, int maxAttempts, Duration firstBackoff, Sleeper sleeper) {
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
    this.session = session;
    this.listener = listener;
    this.maxAttempts = maxAttempts;
    this.firstBackoff = firstBackoff;
    this.sleeper = sleeper;
  }

  /** Five attempts, waiting 1 s, 2 s, 4 s, 8 s between them. */
  public static Executor standard(Session session, ApplyListener listener) {
    return new Executor(session, listener, 5, Duration.ofSeconds(1), d -> Thread.sleep(d.toMillis()));
  }

  public Outcome run(Connection c, List<Statement> statements) throws SQLException {
    List<Statement> applied = new ArrayList<>();
    List<String> retries = new ArrayList<>();
    int total = statements.size();
    boolean autoCommit = c.getAutoCommit();
    try {
      for (Batches.Batch batch : Batches.of(statements)) {
        int attempt = 1;
        while (true) {
          Statement current = null;
          List<Statement> ran = new ArrayList<>();
          boolean committing = false;
          try {
            c.setAutoCommit(!batch.transactional());
            int number = applied.size();
            for (Statement s : batch.statements()) {
              current = s;
              number++;
              listener.starting(number, total, s);
              long start = System.nanoTime();
              session.setTimeouts(c, s, batch.transactional());
              try (java.sql.Statement st = c.createStatement()) {
                st.execute(s.sql());
              }
              listener.finished(number, total, s, Duration.ofNanos(System.nanoTime() - start));
              ran.add(s);
            }
            committing = batch.transactional();
            if (committing) c.commit();
            applied.addAll(batch.statements());
            break;
          } catch (SQLException e) {
            if (batch.transactional()) rollbackQuietly(c);
            boolean lost = session.isConnectionLost(e) || !isValid(c);
            if (!lost && session.isLockTimeout(e) && attempt < maxAttempts) {
              // A concurrent index build that timed out waiting has already left its invalid index behind;
              // the retry would collide with it.
              c.setAutoCommit(true);
              session.recover(c, current);
              Duration wait = firstBackoff.multipliedBy(1L << (attempt - 1));
              String note = "statement " + (statements.indexOf(current) + 1) + " (" + current.subject()
                  + ") hit the lock timeout; attempt " + (attempt + 1) + " of " + maxAttempts + " in " + wait.toMillis() + " ms";
              retries.add(note);
              listener.retrying(current, attempt + 1, wait, e.getMessage());
              sleep(wait);
              attempt++;
              continue;
            }
            // A commit that failed: every statement ran, the last one is reported as the failed one.
            if (committing) ran.remove(current);
            String error = lost ? connectionLost(e, committing)
                : (committing ? "COMMIT failed: " : "") + e.getMessage()
                    + (session.isLockTimeout(e) ? " (gave up after " + attempt + " attempts)" : "");
            if (!lost) {
              try {
                c.setAutoCommit(true);
                session.recover(c, current);
              } catch (SQLException cleanup) {
                error += "; cleaning up after it also failed: " + cleanup.getMessage();
              }
            }
            List<Statement> notRun = new ArrayList<>(statements.subList(applied.size(), statements.size()));
            notRun.removeAll(ran);
            notRun.remove(current);
            return new Outcome(applied, batch.transactional() ? ran : List.of(), current, error, notRun, retries);
          }
        }
      }
      return new Outcome(applied, List.of(), null, null, List.of(), retries);
    } finally {
      try {
        c.setAutoCommit(autoCommit);
      } catch (SQLException ignored) {
        // The connection is closed by the caller either way.
      }
    }
  }

  /**
   * One line for a connection that broke under a statement (server restarted or stopped, session
   * killed, network gone): the driver's first line is enough, its further lines are timing details. The
   * server rolls back whatever transaction the session had open, unless the break came during COMMIT,
   * when the client cannot know which way it went.
   */
  private static String connectionLost(SQLException e, boolean committing) {
    String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().lines().findFirst().orElse("");
    return "connection lost: " + first + " (the server restarted or stopped, or ended this session)"
        + (committing ? "; it broke during COMMIT, so whether that transaction committed is unknown" : "");
  }

  /** Whether the connection still answers; checked after a failure no engine code named a broken connection. */
  private static boolean isValid(Connection c) {
    try {
      return c.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  private void sleep(Duration d) throws SQLException {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting to retry", e);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The failure being reported matters more than a failed rollback on a broken connection.
    }
  }
}
