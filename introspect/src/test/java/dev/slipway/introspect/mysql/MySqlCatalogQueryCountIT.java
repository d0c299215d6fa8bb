package dev.slipway.introspect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MySQL reader issues the same number of statements for 10 tables as for 1,000 (DESIGN.md §9), counted
 * by a proxy around the real connection that counts every execution on the statements it hands out.
 */
class MySqlCatalogQueryCountIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysql();

  /** {@code n} tables, each with a key, a foreign key to the previous one, an index, a check and a trigger. */
  static List<String> tables(int n) {
    List<String> ddl = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ddl.add("CREATE TABLE t" + i + " (id bigint NOT NULL PRIMARY KEY, name varchar(50) NOT NULL DEFAULT '', "
          + "created timestamp NULL, amount decimal(12,2) CHECK (amount >= 0), prev bigint, "
          + "KEY t" + i + "_name (name, created DESC)"
          + (i == 0 ? "" : ", CONSTRAINT t" + i + "_prev FOREIGN KEY (prev) REFERENCES t" + (i - 1) + " (id)")
          + ") ENGINE=InnoDB");
      if (i % 10 == 0) {
        ddl.add("CREATE TRIGGER t" + i + "_bi BEFORE INSERT ON t" + i + " FOR EACH ROW SET NEW.name = lower(NEW.name)");
        ddl.add("CREATE VIEW v" + i + " AS SELECT id, name FROM t" + i);
      }
    }
    return ddl;
  }

  /** Reads through a proxy that counts every statement execution (execute, executeQuery, …) it sees. */
  static int statementsUsed(Connection real, Schema[] out) throws Exception {
    AtomicInteger executions = new AtomicInteger();
    Connection counted = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          Object result = invoke(method, real, args);
          if (result instanceof Statement statement) {
            return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {method.getReturnType()},
                (p, m, a) -> {
                  if (m.getName().startsWith("execute")) executions.incrementAndGet();
                  return invoke(m, statement, a);
                });
          }
          return result;
        });
    out[0] = new MySqlCatalogReader("app").read(counted, ReadOptions.ALL);
    return executions.get();
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void sameNumberOfStatementsForTenAndFourHundredTables() throws Exception {
    String small = db.newDatabase("ten");
    // Forty times the tables, not a hundred: creating InnoDB tables is what this test spends its time on, in
    // three MySQL-family passes; a count that held only up to some size would show at forty times as well.
    String large = db.newDatabase("four_hundred");
    db.executeIn(small, tables(10).toArray(String[]::new));
    db.executeIn(large, tables(400).toArray(String[]::new));
    Schema[] read = new Schema[1];
    ServerVersion version;
    int forTen;
    int forMany = 0;
    try (Connection c = db.connect(small)) {
      version = MySqlCatalogReader.serverVersion(c);
      forTen = statementsUsed(c, read);
      assertThat(read[0].tables()).hasSize(10);
    }
    try (Connection c = db.connect(large)) {
      statementsUsed(c, read); // warm up the JVM and the server's caches
      long[] millis = new long[5];
      for (int i = 0; i < millis.length; i++) {
        long start = System.nanoTime();
        forMany = statementsUsed(c, read);
        millis[i] = (System.nanoTime() - start) / 1_000_000;
      }
      java.util.Arrays.sort(millis);
      // For information only (no timing assertions in tests, DESIGN.md §8).
      System.out.println((version.isMariaDb() ? "MariaDB " : "MySQL ") + version + ": read 400 tables in "
          + millis[0] + " ms (best of 5), median " + millis[2] + " ms");
      assertThat(read[0].tables()).hasSize(400);
      assertThat(read[0].views()).hasSize(40);
      assertThat(read[0].tables().get(1).foreignKeys()).hasSize(1);
      assertThat(read[0].tables().get(1).indexes()).hasSize(2); // t<n>_name and the foreign key's
    }
    // Statements: one per query resource, plus setting and restoring MySQL 8's statistics expiry.
    int expected = MySqlCatalogReader.queries(version, false).size() + (version.isMariaDb() ? 0 : 2);
    assertThat(forMany).isEqualTo(forTen).isEqualTo(expected);
  }

  @Test
  void aPartitionedTableAddsThePartitionsQueryWhateverTheTableCount() throws Exception {
    String partitioned = "CREATE TABLE events (id bigint NOT NULL, day date NOT NULL, PRIMARY KEY (id, day)) "
        + "PARTITION BY RANGE COLUMNS (day) (PARTITION p2025 VALUES LESS THAN ('2026-01-01'), "
        + "PARTITION pmax VALUES LESS THAN (MAXVALUE))";
    String small = db.newDatabase("ten_p");
    String large = db.newDatabase("hundred_fifty_p");
    List<String> ten = new ArrayList<>(tables(10));
    ten.add(partitioned);
    List<String> many = new ArrayList<>(tables(150));
    many.add(partitioned);
    db.executeIn(small, ten.toArray(String[]::new));
    db.executeIn(large, many.toArray(String[]::new));
    Schema[] read = new Schema[1];
    ServerVersion version;
    int forTen;
    int forMany;
    try (Connection c = db.connect(small)) {
      version = MySqlCatalogReader.serverVersion(c);
      forTen = statementsUsed(c, read);
    }
    try (Connection c = db.connect(large)) {
      forMany = statementsUsed(c, read);
    }
    assertThat(read[0].requireTable(dev.slipway.model.QualifiedName.of("app", "events")).partitioning())
        .as("the partitioned table's partitioning is read").isNotNull();
    int expected = MySqlCatalogReader.queries(version, true).size() + (version.isMariaDb() ? 0 : 2);
    assertThat(forMany).isEqualTo(forTen).isEqualTo(expected);
  }

  @Test
  void aFailingQueryFailsTheWholeReadAndNamesIt() throws Exception {
    String name = db.newDatabase("failing");
    db.executeIn(name, tables(3).toArray(String[]::new));
    try (Connection real = db.connect(name)) {
      // The server answers every query but the index one, which fails as a lost connection would.
      Connection failing = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            Object result = invoke(method, real, args);
            if (result instanceof Statement statement) {
              return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {method.getReturnType()},
                  (p, m, a) -> {
                    if (a != null && a.length > 0 && String.valueOf(a[0]).contains("-- readIndexes")) {
                      throw new SQLException("connection reset (injected)");
                    }
                    return invoke(m, statement, a);
                  });
            }
            return result;
          });
      assertThatThrownBy(() -> new MySqlCatalogReader(null).read(failing, ReadOptions.ALL))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageContaining("reading indexes from information_schema (indexes-")
          .hasMessageContaining("connection reset (injected)");
      assertThat(new MySqlCatalogReader(null).read(real, ReadOptions.ALL).tables()).hasSize(3);
    }
  }
}
