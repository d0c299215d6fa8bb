package dev.slipway.introspect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link PostgresArrayText} reads what the server's {@code array_out} prints exactly as the JDBC driver's
 * {@code getArray} does: the server quotes and escapes, this parses, for awkward elements and random ones.
 */
class PostgresArrayTextIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  private static final List<String> AWKWARD = Arrays.asList("plain", "", " ", "NULL", "null", "Null", null,
      "a,b", "{x}", "}", "{", "say \"hi\"", "back\\slash", "\\", "\"", "tab\there", "new\nline", "ünïcødé 名前",
      "x; DROP TABLE canary; --", "/* c */", "a b", "'quoted'", "=", "[1:2]={a}", ",", "NULLs");

  @Test
  void awkwardElementsReadAsTheDriverReadsThem() throws Exception {
    check(AWKWARD);
    for (String one : AWKWARD) check(Arrays.asList(one));
    check(List.of());
  }

  @Test
  void randomElementsReadAsTheDriverReadsThem() throws Exception {
    Random random = new Random(42);
    String alphabet = "ab ,{}\"\\\t\nNUL=[]:é名'";
    for (int round = 0; round < 300; round++) {
      List<String> values = new ArrayList<>();
      int n = random.nextInt(6);
      for (int i = 0; i < n; i++) {
        if (random.nextInt(10) == 0) {
          values.add(null);
          continue;
        }
        StringBuilder b = new StringBuilder();
        int len = random.nextInt(8);
        for (int k = 0; k < len; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        values.add(b.toString());
      }
      check(values);
    }
  }

  @Test
  void aLowerBoundOtherThanOneIsSkipped() throws Exception {
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
        "SELECT '[0:2]={1,2,3}'::int2[] AS a, '[0:1]={x,\"y z\"}'::text[] AS t")) {
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getString("a")).startsWith("[0:2]=");
        assertThat(PostgresQueries.ints(rs, "a")).containsExactly(1, 2, 3);
        assertThat(PostgresQueries.strings(rs, "t")).containsExactly("x", "y z");
      }
    }
  }

  private static void check(List<String> values) throws Exception {
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT ?::text[] AS a, ?::name[] AS n")) {
      Array array = c.createArrayOf("text", values.toArray());
      ps.setArray(1, array);
      ps.setArray(2, array);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        for (String column : List.of("a", "n")) {
          List<String> expected = Arrays.asList((String[]) rs.getArray(column).getArray());
          assertThat(PostgresArrayText.parse(rs.getString(column)))
              .as("%s printed as %s", values, rs.getString(column)).isEqualTo(expected);
          assertThat(PostgresQueries.strings(rs, column)).isEqualTo(expected);
        }
      }
    }
  }
}
