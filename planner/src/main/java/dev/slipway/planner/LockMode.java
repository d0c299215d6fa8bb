package dev.slipway.planner;

/**
 * The strongest lock a statement takes, as printed in plan JSON: a PostgreSQL table lock mode, or for
 * MySQL the algorithm and lock the server will use.
 */
public enum LockMode {
  NONE("NONE"),
  ROW_EXCLUSIVE("ROW EXCLUSIVE"),
  SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE"),
  SHARE("SHARE"),
  SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE"),
  ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE"),
  MYSQL_INSTANT("INSTANT"),
  MYSQL_INPLACE_NONE("INPLACE/NONE"),
  MYSQL_INPLACE_SHARED("INPLACE/SHARED"),
  MYSQL_COPY_SHARED("COPY/SHARED"),
  MYSQL_COPY_EXCLUSIVE("COPY/EXCLUSIVE");

  private final String label;

  LockMode(String label) {
    this.label = label;
  }

  /** The contract text ({@code "SHARE UPDATE EXCLUSIVE"}, {@code "INPLACE/NONE"}). */
  public String label() {
    return label;
  }
}
