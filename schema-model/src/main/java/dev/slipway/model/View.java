package dev.slipway.model;

import java.util.List;

/**
 * A view or materialized view. {@code definition} is the query in the engine's canonical form
 * ({@code pg_get_viewdef}); {@code options} are {@code WITH (…)} settings such as
 * {@code security_barrier=true} or {@code check_option=local}; {@code indexes} exist only on
 * materialized views. {@code dependsOn} lists the relations the query reads, when the reader knows.
 */
public record View(
    QualifiedName name,
    String definition,
    boolean materialized,
    List<String> options,
    List<Index> indexes,
    List<QualifiedName> dependsOn,
    String comment,
    List<Attr> attrs) {
  public View {
    Checks.required(name, "view name");
    if (definition == null || definition.isBlank()) throw new InvalidModelException("view " + name + " has no query");
    options = Checks.list(options);
    indexes = Checks.sortedUnique(indexes, Index::name, "view " + name + " index");
    if (!materialized && !indexes.isEmpty()) {
      throw new InvalidModelException("view " + name + ": only materialized views have indexes");
    }
    dependsOn = Checks.sortedUnique(dependsOn, q -> q, "view " + name + " dependency");
    attrs = Checks.list(attrs);
  }
}
