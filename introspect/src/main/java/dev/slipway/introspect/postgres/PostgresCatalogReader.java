package dev.slipway.introspect.postgres;

import dev.slipway.introspect.CatalogReader;
import dev.slipway.introspect.DevDialect;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.NameFilter;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.model.Dialect;
import dev.slipway.model.Extension;
import dev.slipway.model.Index;
import dev.slipway.model.Namespace;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.ServerVersion;
import dev.slipway.model.Table;
import dev.slipway.model.TypeDef;
import dev.slipway.model.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PostgreSQL 13–18 database's schema from {@code pg_catalog} with a fixed number of queries (one per
 * object kind, kept in {@code .sql} resources beside this class), all inside one {@code REPEATABLE READ
 * READ ONLY} transaction so every query sees the same snapshot. The connection's autocommit, isolation and
 * read-only settings are restored afterwards. Objects in system schemas and objects that belong to an
 * extension are left out; text is the server's canonical deparsed form with every name outside
 * {@code pg_catalog} schema-qualified.
 */
public final class PostgresCatalogReader implements CatalogReader {

  /** The server's version, from {@code SHOW server_version}. */
  public static ServerVersion serverVersion(Connection connection) throws IntrospectionException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
      rs.next();
      return ServerVersion.parse(ServerVersion.Engine.POSTGRESQL, rs.getString(1));
    } catch (SQLException e) {
      throw new IntrospectionException("reading the PostgreSQL server version: " + e.getMessage(), e);
    }
  }

  @Override
  public DevDialect devDialect() {
    return new PostgresDevDialect();
  }

  /** One query of counts ({@code occupants.sql}) instead of a full read. */
  @Override
  public java.util.List<String> occupants(Connection connection) throws IntrospectionException {
    String[] kinds = {"tables", "views", "sequences", "routines", "types", "extensions"};
    java.util.List<String> found = new java.util.ArrayList<>();
    try (java.sql.PreparedStatement ps = connection.prepareStatement(PostgresQueries.sql("occupants"));
         java.sql.ResultSet rs = ps.executeQuery()) {
      rs.next();
      for (String kind : kinds) {
        long n = rs.getLong(kind);
        if (n > 0) found.add(n + " " + kind);
      }
    } catch (java.sql.SQLException e) {
      throw new IntrospectionException("checking that the dev database is empty (occupants.sql): " + e.getMessage(), e);
    }
    return found;
  }

  @Override
  public Schema read(Connection connection, ReadOptions options) throws IntrospectionException {
    PostgresSnapshot snapshot = PostgresSnapshot.begin(connection);
    IntrospectionException failure = null;
    try {
      return readInSnapshot(connection, options);
    } catch (IntrospectionException e) {
      failure = e;
      throw e;
    } catch (RuntimeException e) {
      // A model record refused what the catalog holds: report it, never a half-read schema.
      failure = new IntrospectionException("reading the PostgreSQL catalog: " + e.getMessage(), e);
      throw failure;
    } finally {
      snapshot.end(failure);
    }
  }

  private Schema readInSnapshot(Connection connection, ReadOptions options) throws IntrospectionException {
    PostgresQueries queries = new PostgresQueries(connection);
    int[] blockSize = new int[1];
    queries.each("session", "the session settings", rs -> {
      // The JDBC calls in PostgresSnapshot.begin must have produced the snapshot this reader promises.
      if (!"repeatable read".equals(rs.getString("isolation")) || !"on".equals(rs.getString("read_only"))) {
        throw new SQLException("catalog read is not in a REPEATABLE READ READ ONLY transaction (isolation "
            + rs.getString("isolation") + ", read only " + rs.getString("read_only") + ")");
      }
      // Queries rely on catalog columns of 13+ (pg_trigger.tgparentid among them).
      if (rs.getInt("version_num") < 130000) {
        throw new SQLException("PostgreSQL " + rs.getInt("version_num") / 10000 + " is not supported; Slipway reads 13 to 18");
      }
      blockSize[0] = rs.getInt("block_size");
      queries.serverVersionNum(rs.getInt("version_num"));
    });

    NameFilter filter = new NameFilter(options);
    List<Namespace> namespaces = new ArrayList<>();
    List<Long> oids = new ArrayList<>();
    queries.each("namespaces", "schemas", rs -> {
      String name = rs.getString("nspname");
      if (filter.keepSchema(name)) {
        namespaces.add(new Namespace(name, rs.getString("description"), List.of()));
        oids.add(rs.getLong("oid"));
      }
    });
    queries.limitTo(oids);

    PostgresObjects objects = new PostgresObjects(queries);
    List<Extension> extensions = objects.readExtensions();
    List<Sequence> sequences = new ArrayList<>();
    Map<String, SequenceOptions> identities = new HashMap<>();
    objects.readSequences(sequences, identities);
    Map<Long, List<Index>> relationIndexes = new HashMap<>();
    List<Table> tables = new PostgresTables(queries, blockSize[0]).read(identities, relationIndexes);
    List<View> views = objects.readViews(relationIndexes);
    List<Routine> routines = objects.readRoutines();
    List<TypeDef> types = objects.readTypes();

    return new Schema(Dialect.POSTGRES, namespaces, extensions,
        types.stream().filter(t -> filter.keep(t.name().schema(), t.name().name())).toList(),
        sequences.stream().filter(s -> filter.keep(s.name().schema(), s.name().name())).toList(),
        tables.stream().filter(t -> filter.keep(t.name().schema(), t.name().name())).toList(),
        views.stream().filter(v -> filter.keep(v.name().schema(), v.name().name())).toList(),
        routines.stream().filter(r -> filter.keep(r.name().schema(), r.name().name())).toList(),
        List.of());
  }

  /** The query resources {@link #read} runs, in order; the count is the same for any database. */
  static final List<String> QUERIES = List.of("session", "namespaces", "extensions", "sequences", "tables",
      "columns", "constraints", "indexes", "triggers", "policies", "views", "routines", "enums", "domains",
      "composites");
}
