package dev.slipway.api;

import dev.slipway.introspect.DevDatabase;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.introspect.SourceFile;
import dev.slipway.introspect.sql.MySqlRenameHints;
import dev.slipway.introspect.sql.SqlSchemaReader;
import dev.slipway.introspect.yaml.YamlSchemaReader;
import dev.slipway.model.Dialect;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Obtains a {@link Schema} from whatever the user named: a live database URL, a {@code .sql} or
 * {@code .yaml} file, or a directory of them. SQL is normalised by the engine itself in a scratch "dev"
 * database where one can be had (DESIGN.md §3), else parsed offline, and the user is told which.
 */
public final class SchemaLoader implements AutoCloseable {
  /** A schema and, when a server was involved, the version it reported. */
  public record Loaded(Schema schema, ServerVersion version) {}

  private final Secrets secrets;
  private final PrintWriter notes;
  private final String databaseAlias;
  private final DevServers devServers;
  private boolean keepServers;
  private DevServer kept;
  private String keptSpec;

  public SchemaLoader(Secrets secrets, PrintWriter notes, DevServers devServers) {
    this(secrets, notes, null, devServers);
  }

  /**
   * {@code databaseAlias}: on MySQL, the database name every source is read under, so a live database, a
   * scratch dev database and a second live database compare as one (null: each database's own name).
   */
  public SchemaLoader(Secrets secrets, PrintWriter notes, String databaseAlias, DevServers devServers) {
    this.secrets = secrets;
    this.notes = notes;
    this.databaseAlias = databaseAlias;
    this.devServers = devServers;
  }

  /** The name MySQL schemas are read under when no live database names them. */
  public static final String DEFAULT_MYSQL_DATABASE = "main";

  /** Reads a live database through its catalog, in one snapshot. */
  public Loaded readDatabase(DatabaseUrl url, ReadOptions options) throws SQLException, IntrospectionException {
    return readDatabase(url, options, v -> {});
  }

  /** As {@link #readDatabase(DatabaseUrl, ReadOptions)}, telling {@code onVersion} the server's version first. */
  public Loaded readDatabase(DatabaseUrl url, ReadOptions options, java.util.function.Consumer<ServerVersion> onVersion)
      throws SQLException, IntrospectionException {
    try (Connection c = url.connect()) {
      Timings.mark("connected to " + url.database());
      ServerVersion version = Dialects.serverVersion(url.dialect(), c);
      onVersion.accept(version);
      String alias = databaseAlias != null ? databaseAlias : url.database();
      Schema schema = Dialects.catalogReader(url.dialect(), alias).read(c, options);
      Timings.mark("read " + url.database());
      return new Loaded(schema, version);
    }
  }

  /**
   * Loads a source: a URL, a file or a directory. {@code dialect} is the dialect of the other side (null
   * when unknown); {@code devSpec} is {@code --dev-url} (null = embedded when available, {@code none} =
   * offline); {@code preferredMajor} is the target server's major, so the dev database matches it.
   */
  public Loaded load(String spec, Dialect dialect, String devSpec, Integer preferredMajor, ReadOptions options)
      throws IOException, SQLException, IntrospectionException {
    if (DatabaseUrl.looksLikeUrl(spec)) {
      DatabaseUrl url = DatabaseUrl.parse(spec, secrets);
      if (dialect != null && url.dialect() != dialect) {
        throw new UserException("cannot compare a " + dialect.id() + " schema with " + url.dialect().id() + " " + url);
      }
      return readDatabase(url, options);
    }
    List<SourceFile> files = readFiles(Path.of(spec));
    boolean yaml = files.get(0).name().matches("(?i).*\\.ya?ml$");
    if (yaml) {
      Schema schema = new YamlSchemaReader().read(files);
      if (dialect != null && schema.dialect() != dialect) {
        throw new UserException(spec + " declares dialect " + schema.dialect().id() + " but the target is " + dialect.id());
      }
      return new Loaded(schema, null);
    }
    Dialect d = dialect == null ? Dialect.POSTGRES : dialect;
    return loadSql(files, d, devSpec, preferredMajor, options);
  }

  private Loaded loadSql(List<SourceFile> files, Dialect dialect, String devSpec, Integer preferredMajor,
      ReadOptions options) throws SQLException, IntrospectionException {
    Schema offline = null;
    IntrospectionException offlineError = null;
    List<RenameHint> mysqlHints = null;
    if (dialect == Dialect.MYSQL) {
      // MySQL DDL is read by the engine only; the hints come from the text (the engine drops comments).
      mysqlHints = MySqlRenameHints.read(files, devAlias());
      offlineError = new IntrospectionException(files.get(0).name() + ":1:1: reading MySQL DDL needs a dev "
          + "database (--dev-url embedded:mariadb or a MySQL/MariaDB URL); offline reading is PostgreSQL-only");
    } else {
      try {
        offline = new SqlSchemaReader(dialect).read(files);
      } catch (IntrospectionException e) {
        offlineError = e;
      }
    }
    if ("none".equalsIgnoreCase(devSpec)) {
      if (offlineError != null) throw offlineError;
      return new Loaded(offline, null);
    }
    DevServer server;
    boolean started;
    try {
      if (kept != null && java.util.Objects.equals(keptSpec, devSpec + "|" + dialect + "|" + preferredMajor)) {
        server = kept;
        started = false;
      } else if (devSpec == null) {
        server = startEmbedded(dialect, preferredMajor);
        started = true;
      } else if (DatabaseUrl.looksLikeUrl(devSpec)) {
        DatabaseUrl url = DatabaseUrl.parse(devSpec, secrets);
        server = new UrlDevServer(url);
        started = false;
      } else {
        server = devServers.start(devSpec);
        started = true;
      }
    } catch (DevServerException e) {
      if (devSpec != null) throw e;
      if (offlineError != null) throw offlineError;
      notes.println("slipway: no dev database (" + e.getMessage() + "); parsing SQL offline");
      return new Loaded(offline, null);
    }
    try {
      Schema normalised = normalise(server, files, dialect, options);
      ServerVersion version;
      try (Connection c = server.connect(server.adminDatabase())) {
        version = Dialects.serverVersion(dialect, c);
      }
      if (mysqlHints != null) return new Loaded(normalised.withRenameHints(mysqlHints), version);
      if (offline == null) {
        notes.println("slipway: warning: " + offlineError.getMessage()
            + " (the dev database accepted it, so the plan uses the engine's reading; rename hints in it are ignored)");
        return new Loaded(normalised, version);
      }
      List<RenameHint> hints = offline.renameHints();
      return new Loaded(normalised.withRenameHints(hints), version);
    } finally {
      if (started && keepServers) {
        if (kept != null) kept.close();
        kept = server;
        keptSpec = devSpec + "|" + dialect + "|" + preferredMajor;
      } else if (started) {
        server.close();
      }
    }
  }

  /**
   * Keeps a dev server this loader started for its next load (both sides of a file-to-file plan share one
   * start) until {@link #close()}.
   */
  public SchemaLoader keepingServers() {
    keepServers = true;
    return this;
  }

  /** Stops a dev server kept by {@link #keepingServers()}. */
  @Override
  public void close() {
    if (kept != null) kept.close();
    kept = null;
  }

  private Schema normalise(DevServer server, List<SourceFile> files, Dialect dialect, ReadOptions options)
      throws SQLException, IntrospectionException {
    String db = "slipway_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    server.createDatabase(db);
    try (Connection c = server.connect(db)) {
      return DevDatabase.load(c, files, Dialects.catalogReader(dialect, devAlias()), options);
    } finally {
      server.dropDatabase(db);
    }
  }

  /**
   * Loads SQL through an empty scratch database the caller provides (tests reuse one), keeping the
   * rename hints of the offline parse.
   */
  public static Schema loadSqlInto(Connection scratch, List<SourceFile> files, Dialect dialect, ReadOptions options,
      String databaseAlias) throws IntrospectionException {
    List<RenameHint> hints = List.of();
    if (dialect == Dialect.MYSQL) {
      hints = MySqlRenameHints.read(files, databaseAlias);
    } else {
      try {
        hints = new SqlSchemaReader(dialect).read(files).renameHints();
      } catch (IntrospectionException offlineFailed) {
        // The engine is the judge of what is valid; without the offline parse there are no rename hints.
      }
    }
    return DevDatabase.load(scratch, files, Dialects.catalogReader(dialect, databaseAlias), options)
        .withRenameHints(hints);
  }

  private String devAlias() {
    return databaseAlias != null ? databaseAlias : DEFAULT_MYSQL_DATABASE;
  }

  private DevServer startEmbedded(Dialect dialect, Integer preferredMajor) {
    return devServers.startDefault(dialect, preferredMajor, notes::println);
  }

  /** A file, or every .sql/.yaml/.yml file under a directory in path order; all of one kind. */
  public static List<SourceFile> readFiles(Path path) throws IOException {
    if (!Files.exists(path)) throw new UserException(path + ": no such file or directory");
    List<Path> paths = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).filter(p -> kind(p) != null).sorted().forEach(paths::add);
      }
      if (paths.isEmpty()) throw new UserException(path + ": no .sql, .yaml or .yml files in this directory");
      long kinds = paths.stream().map(SchemaLoader::kind).distinct().count();
      if (kinds > 1) throw new UserException(path + ": mixes .sql and .yaml files; keep one kind per directory");
    } else {
      if (kind(path) == null) throw new UserException(path + ": expected a .sql, .yaml or .yml file");
      paths.add(path);
    }
    List<SourceFile> files = new ArrayList<>();
    for (Path p : paths) files.add(new SourceFile(p.toString(), readUtf8(p)));
    return files;
  }

  private static String kind(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".sql")) return "sql";
    if (n.endsWith(".yaml") || n.endsWith(".yml")) return "yaml";
    return null;
  }

  /**
   * The file as UTF-8 text; otherwise one error at the first byte the decoder refuses, counted as the
   * editor counts (line, code point). The decoder itself finds that byte: overlong forms, encoded
   * surrogates and code points past U+10FFFF are well-formed-looking sequences only it rejects.
   */
  private static String readUtf8(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length); // never more chars than bytes
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    String text = out.flip().toString();
    if (result.isError()) {
      throw new UserException(p + ":" + dev.slipway.introspect.SqlScript.lineColumn(text, text.length())
          + ": not valid UTF-8 text");
    }
    return text;
  }
}
