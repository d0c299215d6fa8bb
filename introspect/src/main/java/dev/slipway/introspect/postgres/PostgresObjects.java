package dev.slipway.introspect.postgres;

import static dev.slipway.introspect.postgres.PostgresQueries.flag;
import static dev.slipway.introspect.postgres.PostgresQueries.strings;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.CompositeType;
import dev.slipway.model.DomainType;
import dev.slipway.model.EnumType;
import dev.slipway.model.Expr;
import dev.slipway.model.Extension;
import dev.slipway.model.Index;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Sequence;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.SqlType;
import dev.slipway.model.TypeDef;
import dev.slipway.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the schema objects that are not tables: sequences, views, routines, types, extensions. */
final class PostgresObjects {
  private final PostgresQueries queries;

  PostgresObjects(PostgresQueries queries) {
    this.queries = queries;
  }

  List<Extension> readExtensions() throws IntrospectionException {
    List<Extension> out = new ArrayList<>();
    queries.each("extensions", "extensions", rs ->
        out.add(new Extension(rs.getString("extname"), rs.getString("nspname"), rs.getString("extversion"))));
    return out;
  }

  /**
   * Lists standalone and serial sequences into {@code sequences}; the options of identity sequences go to
   * {@code identities} under "tableOid/column", for the column that owns them.
   */
  void readSequences(List<Sequence> sequences, Map<String, SequenceOptions> identities)
      throws IntrospectionException {
    queries.each("sequences", "sequences", rs -> {
      SequenceOptions options = new SequenceOptions(rs.getString("data_type"), rs.getLong("seqstart"),
          rs.getLong("seqincrement"), rs.getLong("seqmin"), rs.getLong("seqmax"), rs.getLong("seqcache"),
          rs.getBoolean("seqcycle"));
      char owner = flag(rs, "owner_deptype", ' ');
      if (owner == 'i') {
        identities.put(rs.getLong("owner_relid") + "/" + rs.getString("owner_column"), options);
        return;
      }
      QualifiedName table = owner == 'a'
          ? QualifiedName.of(rs.getString("owner_schema"), rs.getString("owner_table")) : null;
      sequences.add(new Sequence(QualifiedName.of(rs.getString("nspname"), rs.getString("relname")), options,
          table, table == null ? null : rs.getString("owner_column"), rs.getString("description")));
    });
  }

  /** Views and materialized views; {@code indexes} holds materialized views' indexes by relation oid. */
  List<View> readViews(Map<Long, List<Index>> indexes) throws IntrospectionException {
    List<View> out = new ArrayList<>();
    queries.each("views", "views", rs -> {
      boolean materialized = flag(rs, "relkind", 'v') == 'm';
      List<String> schemas = strings(rs, "depends_on_schemas");
      List<String> names = strings(rs, "depends_on_names");
      List<QualifiedName> dependsOn = new ArrayList<>();
      for (int i = 0; i < schemas.size(); i++) dependsOn.add(QualifiedName.of(schemas.get(i), names.get(i)));
      out.add(new View(QualifiedName.of(rs.getString("nspname"), rs.getString("relname")), rs.getString("definition"),
          materialized, PostgresQueries.options(rs, "reloptions"), materialized ? indexes.getOrDefault(rs.getLong("oid"), List.of())
          : List.of(), dependsOn, rs.getString("description"), List.of()));
    });
    return out;
  }

  List<Routine> readRoutines() throws IntrospectionException {
    List<Routine> out = new ArrayList<>();
    queries.each("routines", "functions and procedures", rs -> out.add(new Routine(
        QualifiedName.of(rs.getString("nspname"), rs.getString("proname")),
        flag(rs, "prokind", 'f') == 'p' ? Routine.Kind.PROCEDURE : Routine.Kind.FUNCTION,
        rs.getString("arguments"), rs.getString("returns"), rs.getString("lanname"), rs.getString("definition"),
        rs.getString("description"))));
    return out;
  }

  /** Enum, domain and composite types. */
  List<TypeDef> readTypes() throws IntrospectionException {
    List<TypeDef> out = new ArrayList<>();
    readEnums(out);
    readDomains(out);
    readComposites(out);
    return out;
  }

  private void readEnums(List<TypeDef> out) throws IntrospectionException {
    queries.each("enums", "enum types", rs -> out.add(new EnumType(
        QualifiedName.of(rs.getString("nspname"), rs.getString("typname")), strings(rs, "labels"),
        rs.getString("description"))));
  }

  private void readDomains(List<TypeDef> out) throws IntrospectionException {
    // One row per check; rows of one domain are adjacent (ORDER BY oid).
    Map<Long, DomainType> domains = new LinkedHashMap<>();
    Map<Long, List<CheckConstraint>> checks = new LinkedHashMap<>();
    queries.each("domains", "domains", rs -> {
      long oid = rs.getLong("oid");
      if (!domains.containsKey(oid)) {
        domains.put(oid, new DomainType(QualifiedName.of(rs.getString("nspname"), rs.getString("typname")),
            SqlType.of(rs.getString("base_type")), rs.getBoolean("typnotnull"),
            Expr.ofNullable(rs.getString("default_expr")), rs.getString("collation"), List.of(),
            rs.getString("description")));
      }
      List<CheckConstraint> list = checks.computeIfAbsent(oid, k -> new ArrayList<>());
      String check = rs.getString("conname");
      if (check != null) {
        list.add(new CheckConstraint(check, Expr.of(rs.getString("check_expr")), rs.getBoolean("convalidated"),
            false, rs.getString("check_description")));
      }
    });
    domains.forEach((oid, d) -> out.add(new DomainType(d.name(), d.baseType(), d.notNull(), d.defaultValue(),
        d.collation(), checks.get(oid), d.comment())));
  }

  private void readComposites(List<TypeDef> out) throws IntrospectionException {
    Map<Long, CompositeType> types = new LinkedHashMap<>();
    Map<Long, List<CompositeType.Attribute>> attributes = new LinkedHashMap<>();
    queries.each("composites", "composite types", rs -> {
      long oid = rs.getLong("oid");
      if (!types.containsKey(oid)) {
        types.put(oid, new CompositeType(QualifiedName.of(rs.getString("nspname"), rs.getString("typname")),
            List.of(), rs.getString("description")));
        attributes.put(oid, new ArrayList<>());
      }
      String attribute = rs.getString("attname");
      if (attribute != null) { // a composite type may have no attributes at all
        attributes.get(oid).add(new CompositeType.Attribute(attribute, SqlType.of(rs.getString("type")),
            rs.getString("collation")));
      }
    });
    types.forEach((oid, t) -> out.add(new CompositeType(t.name(), attributes.get(oid), t.comment())));
  }
}
