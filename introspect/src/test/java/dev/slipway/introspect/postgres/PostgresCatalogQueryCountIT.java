package dev.slipway.introspect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.introspect.ReadOptions;
import dev.slipway.model.Schema;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reader issues the same number of queries for 10 tables as for 1,000 (DESIGN.md §9). Queries are
 * counted by a proxy around the real connection that counts every statement it hands out.
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

  static int statementsUsed(Connection real, ReadOptions options, Schema[] out) throws Exception {
    AtomicInteger statements = new AtomicInteger();
    Connection counted = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          String m = method.getName();
          if (m.equals("createStatement") || m.equals("prepareStatement") || m.equals("prepareCall")) {
            statements.incrementAndGet();
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    out[0] = new PostgresCatalogReader().read(counted, options);
    return statements.get();
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
      forTen = statementsUsed(c, ReadOptions.ALL, read);
      assertThat(read[0].tables()).hasSize(10);
    }
    try (Connection c = db.connect(large)) {
      statementsUsed(c, ReadOptions.ALL, read); // warm up the JVM and the server's caches
      long start = System.nanoTime();
      forThousand = statementsUsed(c, ReadOptions.ALL, read);
      long millis = (System.nanoTime() - start) / 1_000_000;
      // For information only (no timing assertions in tests, DESIGN.md §8).
      System.out.println("PostgreSQL " + TestDatabases.postgresMajor() + ": read 1000 tables in " + millis + " ms");
      assertThat(read[0].tables()).hasSize(1000);
      assertThat(read[0].tables().get(1).foreignKeys()).hasSize(1);
      assertThat(read[0].tables().get(1).indexes()).hasSize(1);
    }
    assertThat(forThousand).isEqualTo(forTen).isEqualTo(PostgresCatalogReader.QUERIES.size());
  }
}
