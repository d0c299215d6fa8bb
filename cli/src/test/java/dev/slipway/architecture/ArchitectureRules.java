package dev.slipway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** STYLE.md's dependency rules, as ArchUnit rules. */
final class ArchitectureRules {
  private ArchitectureRules() {}

  static final ArchRule MODEL_USES_ONLY_THE_JDK = noClasses().that().resideInAPackage("dev.slipway.model..")
      .should().dependOnClassesThat().resideOutsideOfPackages("dev.slipway.model..", "java..")
      .as("schema-model depends on the JDK only");

  static final ArchRule DIFFER_IS_PURE = noClasses().that().resideInAPackage("dev.slipway.differ..")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net..",
          "dev.slipway.introspect..", "dev.slipway.planner..", "dev.slipway.cli..", "dev.slipway.engines..")
      .as("differ is a pure function of two models: no JDBC, no I/O, no other module but the model");

  static final ArchRule PLANNER_IS_PURE = noClasses().that().resideInAPackage("dev.slipway.planner..")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net..",
          "dev.slipway.introspect..", "dev.slipway.differ..", "dev.slipway.cli..", "dev.slipway.engines..")
      .as("planner is a pure function of changes and a context: no JDBC, no I/O");

  static final ArchRule INTROSPECT_USES_JDBC_INTERFACES_ONLY = noClasses().that()
      .resideInAPackage("dev.slipway.introspect..")
      .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..", "com.mysql..", "org.mariadb..",
          "dev.slipway.differ..", "dev.slipway.planner..", "dev.slipway.cli..", "dev.slipway.engines..")
      .as("introspect reads through java.sql interfaces; drivers come at run time");

  static final ArchRule POSTGRES_NEVER_IMPORTS_MYSQL = noClasses().that().resideInAPackage("dev.slipway..postgres..")
      .should().dependOnClassesThat().resideInAPackage("dev.slipway..mysql..")
      .as("PostgreSQL dialect packages never import MySQL ones");

  static final ArchRule MYSQL_NEVER_IMPORTS_POSTGRES = noClasses().that().resideInAPackage("dev.slipway..mysql..")
      .should().dependOnClassesThat().resideInAPackage("dev.slipway..postgres..")
      .as("MySQL dialect packages never import PostgreSQL ones");

  static final ArchRule ROOT_PACKAGES_NEVER_IMPORT_DIALECTS = noClasses().that()
      .resideInAnyPackage("dev.slipway.model", "dev.slipway.model.change", "dev.slipway.introspect",
          "dev.slipway.introspect.sql", "dev.slipway.introspect.yaml", "dev.slipway.differ", "dev.slipway.planner")
      .should().dependOnClassesThat().resideInAnyPackage("dev.slipway.introspect.postgres..",
          "dev.slipway.introspect.mysql..", "dev.slipway.differ.postgres..", "dev.slipway.differ.mysql..",
          "dev.slipway.planner.postgres..", "dev.slipway.planner.mysql..")
      .as("root packages never name a dialect class; only api's Dialects wires dialects together");

  static final ArchRule ONLY_DIALECTS_NAMES_DIALECT_CLASSES = noClasses().that().resideInAnyPackage("dev.slipway.api..",
          "dev.slipway.cli..")
      .and().doNotHaveFullyQualifiedName("dev.slipway.api.Dialects")
      .should().dependOnClassesThat().resideInAnyPackage("dev.slipway.introspect.postgres..",
          "dev.slipway.introspect.mysql..", "dev.slipway.differ.postgres..", "dev.slipway.differ.mysql..",
          "dev.slipway.planner.postgres..", "dev.slipway.planner.mysql..")
      .as("one switch over the dialect enum (api's Dialects) names the concrete dialect classes");

  static final ArchRule API_HAS_NO_SHELL_AND_NO_BINARIES = noClasses().that().resideInAPackage("dev.slipway.api..")
      .should().dependOnClassesThat().resideInAnyPackage("picocli..", "freemarker..", "dev.slipway.engines..",
          "io.zonky..", "ch.vorburger..", "org.testcontainers..")
      .as("the library has no command line and no database binaries (STYLE.md, DESIGN.md §11)");

  static final ArchRule NOTHING_DEPENDS_ON_THE_CLI = noClasses().that().resideOutsideOfPackage("dev.slipway.cli..")
      .and().resideInAPackage("dev.slipway..")
      .should().dependOnClassesThat().resideInAPackage("dev.slipway.cli..")
      .as("cli is the top of the graph");

  static final ArchRule PRODUCTION_NEVER_USES_TEST_SUPPORT = noClasses().that()
      .resideOutsideOfPackage("dev.slipway.testing..")
      .should().dependOnClassesThat().resideInAPackage("dev.slipway.testing..")
      .as("test-support is for tests only");

  static final List<ArchRule> ALL = List.of(MODEL_USES_ONLY_THE_JDK, DIFFER_IS_PURE, PLANNER_IS_PURE,
      INTROSPECT_USES_JDBC_INTERFACES_ONLY, POSTGRES_NEVER_IMPORTS_MYSQL, MYSQL_NEVER_IMPORTS_POSTGRES,
      ROOT_PACKAGES_NEVER_IMPORT_DIALECTS, ONLY_DIALECTS_NAMES_DIALECT_CLASSES, API_HAS_NO_SHELL_AND_NO_BINARIES,
      NOTHING_DEPENDS_ON_THE_CLI, PRODUCTION_NEVER_USES_TEST_SUPPORT);
}
