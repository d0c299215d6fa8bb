package dev.slipway.histories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.Dialect;
import org.junit.jupiter.api.Test;

/** The dump comparison is blind to what a dump never means, and to nothing else. */
class DumpsTest {
  private static final String PG = """
      --
      -- PostgreSQL database dump
      --
      SET statement_timeout = 0;
      SELECT pg_catalog.set_config('search_path', '', false);

      CREATE TABLE public.t (
          id bigint NOT NULL,
          name text DEFAULT 'x'::text
      );

      CREATE INDEX t_name_idx ON public.t USING btree (name);
      """;

  @Test
  void columnOrderCommentsAndSettingsDoNotCount() {
    String reordered = """
        CREATE INDEX t_name_idx ON public.t USING btree (name);
        CREATE TABLE public.t (
            name text DEFAULT 'x'::text,
            id bigint NOT NULL
        );
        """;
    assertThat(Dumps.normalised(reordered, Dialect.POSTGRES)).isEqualTo(Dumps.normalised(PG, Dialect.POSTGRES));
  }

  @Test
  void aDefaultAnIndexOrANullabilityDoes() {
    assertThat(Dumps.normalised(PG.replace("'x'", "'y'"), Dialect.POSTGRES)).isNotEqualTo(Dumps.normalised(PG, Dialect.POSTGRES));
    assertThat(Dumps.normalised(PG.replace("USING btree (name)", "USING btree (id)"), Dialect.POSTGRES))
        .isNotEqualTo(Dumps.normalised(PG, Dialect.POSTGRES));
    assertThat(Dumps.normalised(PG.replace("id bigint NOT NULL", "id bigint"), Dialect.POSTGRES))
        .isNotEqualTo(Dumps.normalised(PG, Dialect.POSTGRES));
  }

  @Test
  void mySqlCountersAndVersionCommentsDoNotCountButTriggerBodiesDo() {
    String dump = """
        /*!40101 SET @saved_cs_client     = @@character_set_client */;
        CREATE TABLE `t` (
          `id` int(11) NOT NULL AUTO_INCREMENT,
          `n` int(11) DEFAULT NULL,
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4;
        DELIMITER ;;
        /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.n = 1 */;;
        DELIMITER ;
        """;
    String otherCounter = dump.replace("AUTO_INCREMENT=7", "AUTO_INCREMENT=1");
    assertThat(Dumps.normalised(otherCounter, Dialect.MYSQL)).isEqualTo(Dumps.normalised(dump, Dialect.MYSQL));
    assertThat(Dumps.normalised(dump.replace("NEW.n = 1", "NEW.n = 2"), Dialect.MYSQL))
        .isNotEqualTo(Dumps.normalised(dump, Dialect.MYSQL));
    assertThat(Dumps.normalised(dump, Dialect.MYSQL)).hasSize(2);
  }
}
