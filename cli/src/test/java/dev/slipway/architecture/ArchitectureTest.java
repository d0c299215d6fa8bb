package dev.slipway.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.slipway.differ.archfixture.DifferThatOpensAConnection;
import dev.slipway.planner.postgres.archfixture.PostgresRendererThatUsesMySql;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Enforces STYLE.md's module and package rules over the production classes of every module. */
class ArchitectureTest {
  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.slipway");

  @TestFactory
  Stream<DynamicTest> productionCodeFollowsEveryRule() {
    assertThat(PRODUCTION.stream().map(c -> c.getPackageName()).distinct())
        .as("the importer sees every module")
        .contains("dev.slipway.model", "dev.slipway.model.change", "dev.slipway.differ", "dev.slipway.planner",
            "dev.slipway.introspect", "dev.slipway.engines", "dev.slipway.cli");
    return ArchitectureRules.ALL.stream()
        .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(PRODUCTION)));
  }

  /** The rules are not vacuous: classes that break them are caught. */
  @Test
  void aDifferThatImportsJavaSqlIsCaught() {
    JavaClasses bad = new ClassFileImporter().importClasses(DifferThatOpensAConnection.class);
    assertViolated(ArchitectureRules.DIFFER_IS_PURE, bad, "java.sql.Connection");
  }

  @Test
  void aPostgresPlannerThatImportsMySqlIsCaught() {
    JavaClasses bad = new ClassFileImporter().importClasses(PostgresRendererThatUsesMySql.class);
    assertViolated(ArchitectureRules.POSTGRES_NEVER_IMPORTS_MYSQL, bad, "dev.slipway.model.mysql.MySqlTableOptions");
  }

  private static void assertViolated(ArchRule rule, JavaClasses classes, String offending) {
    EvaluationResult result = rule.evaluate(classes);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line).contains(offending));
  }
}
