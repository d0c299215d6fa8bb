package dev.slipway.planner.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.Schema;
import dev.slipway.planner.Plan;
import dev.slipway.planner.PlanningException;
import dev.slipway.planner.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans every transition between the golden scenarios' schemas: none may crash, each statement is well formed. */
class AnyTransitionTest {

  @Test
  void everyTransitionPlansOrRefusesClearly() {
    List<Schema> schemas = new ArrayList<>();
    GoldenScenarios.all().values().forEach(s -> {
      schemas.add(s.current());
      schemas.add(s.desired().withRenameHints(List.of()));
    });
    int planned = 0;
    int refused = 0;
    for (Schema from : schemas) {
      for (Schema to : schemas) {
        try {
          Plan p = GoldenPlanTest.plan(new GoldenPlanTest.Scenario("", from, to, "16.4"));
          for (Statement st : p.statements()) {
            assertThat(st.sql()).isNotBlank().doesNotEndWith(";");
            assertThat(st.statementTimeout()).isPositive();
          }
          if (from.equals(to)) assertThat(p.statements()).isEmpty();
          planned++;
        } catch (PlanningException e) {
          assertThat(e.getMessage()).isNotBlank();
          refused++;
        }
      }
    }
    System.out.println("transitions planned: " + planned + ", refused: " + refused);
    assertThat(planned).isGreaterThan(refused);
  }
}
