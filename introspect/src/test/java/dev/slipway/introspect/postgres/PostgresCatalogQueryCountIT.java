package dev.slipway.introspect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.introspect.ReadOptions;
import dev.slipway.model.Schema;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reader issues the same number of queries for 10 tables as for 1,000 (DESIGN.md §9). Queries are
 * counted by a proxy around the real connection that counts every execution on the statements it hands out.
 */
class PostgresCatalogQueryCountIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  /** Creates {@code n} tables, each with a key, a foreign key to the previous one, an index and a check. */
  static String tables(int n) {
    StringBuilder ddl = new StringBuilder("CREATE SCHEMA bulk;\n");
    for (int i = 0; i < n; i++) {
      ddl.append("CREATE TABLE bulk.t").append(i).append(" (id bigint PRIMARY KEY, name text NOT NULL DEFAULT '',")
          .append(" created timestamptz, amount numeric(12,2) CHECK (amount >= 0), prev bigint")
          .append(i == 0 ? "" : " REFERENCES bulk.t" + (i - 1)).append(");\n")
          .append("CREATE INDEX t").append(i).append("_name ON bulk.t").append(i).append(" (name, created DESC);\n");
    }
    return ddl.toString();
  }

  /** Reads through a proxy that counts every statement execution (execute, executeQuery, …) it sees. */
  static int queriesUsed(Connection real, ReadOptions options, Schema[] out) throws Exception {
    AtomicInteger executions = new AtomicInteger();
    Connection counted = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          Object result = invoke(method, real, args);
          if (result instanceof Statement statement) {
            Class<?> kind = method.getReturnType();
            return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {kind},
                (p, m, a) -> {
                  if (m.getName().startsWith("execute")) executions.incrementAndGet();
                  return invoke(m, statement, a);
                });
          }
          return result;
        });
    out[0] = new PostgresCatalogReader().read(counted, options);
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
  void sameNumberOfQueriesForTenAndAThousandTables() throws Exception {
    String small = db.newDatabase("ten");
    String large = db.newDatabase("thousand");
    db.executeIn(small, tables(10));
    db.executeIn(large, tables(1000));
    Schema[] read = new Schema[1];
    int forTen;
    int forThousand;
    try (Connection c = db.connect(small)) {
      forTen = queriesUsed(c, ReadOptions.ALL, read);
      assertThat(read[0].tables()).hasSize(10);
    }
    try (Connection c = db.connect(large)) {
      queriesUsed(c, ReadOptions.ALL, read); // warm up the JVM and the server's caches
      long[] millis = new long[5];
      forThousand = 0;
      for (int i = 0; i < millis.length; i++) {
        long start = System.nanoTime();
        forThousand = queriesUsed(c, ReadOptions.ALL, read);
        millis[i] = (System.nanoTime() - start) / 1_000_000;
      }
      java.util.Arrays.sort(millis);
      // For information only (no timing assertions in tests, DESIGN.md §8).
      System.out.println("PostgreSQL " + TestDatabases.postgresMajor() + ": read 1000 tables in " + millis[0]
          + " ms (best of 5), median " + millis[2] + " ms");
      assertThat(read[0].tables()).hasSize(1000);
      assertThat(read[0].tables().get(1).foreignKeys()).hasSize(1);
      assertThat(read[0].tables().get(1).indexes()).hasSize(1);
    }
    assertThat(forThousand).isEqualTo(forTen).isEqualTo(PostgresCatalogReader.QUERIES.size());
  }

  @Test
  void aFailingQueryFailsTheWholeReadAndNamesIt() throws Exception {
    String name = db.newDatabase("failing");
    db.executeIn(name, tables(3));
    try (Connection real = db.connect(name)) {
      // The server answers every query but the index one, which fails as a lost connection would.
      Connection failing = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement") && String.valueOf(args[0]).contains("-- readIndexes")) {
              throw new java.sql.SQLException("connection reset (injected)");
            }
            return invoke(method, real, args);
          });
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> new PostgresCatalogReader().read(failing, ReadOptions.ALL))
          .isInstanceOf(dev.slipway.introspect.IntrospectionException.class)
          .hasMessageContaining("reading indexes from pg_catalog (indexes.sql)")
          .hasMessageContaining("connection reset (injected)");
      assertThat(real.getAutoCommit()).isTrue();
      assertThat(real.isReadOnly()).isFalse();
      assertThat(new PostgresCatalogReader().read(real, ReadOptions.ALL).tables()).hasSize(3);
    }
  }
}
