package dev.slipway.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which pg_dump {@link PgDump} picks, what it runs it with, and that it fails (never skips) without one. */
class PgDumpTest {
  @TempDir Path dir;
  private final String before = System.getProperty(PgDump.PROPERTY);

  @AfterEach
  void restore() {
    if (before == null) System.clearProperty(PgDump.PROPERTY); else System.setProperty(PgDump.PROPERTY, before);
  }

  /** A stand-in pg_dump 17 that prints its arguments and password between the two \restrict lines. */
  private Path fake() throws Exception {
    Path p = dir.resolve("pg_dump");
    Files.writeString(p, """
        #!/bin/sh
        if [ "$1" = --version ]; then echo 'pg_dump (PostgreSQL) 17.2 (Debian 17.2-1)'; exit 0; fi
        printf '%s\\n' '--' '\\restrict KEY1' '' "args: $*" "password: ${PGPASSWORD-unset}" '\\unrestrict KEY1'
        """);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  @Test
  void noPgDumpForTheServerFailsSayingHowToInstallOne() {
    System.clearProperty(PgDump.PROPERTY);
    assertThatThrownBy(() -> PgDump.forServer(99))
        .isInstanceOf(PgDump.NoPgDumpError.class)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PostgreSQL 99")
        .hasMessageContaining(".ci/install-pg-dump");
  }

  @Test
  void aGivenPgDumpMustExistAndBeNewEnough() throws Exception {
    System.setProperty(PgDump.PROPERTY, dir.resolve("missing").toString());
    assertThatThrownBy(() -> PgDump.forServer(13)).isInstanceOf(PgDump.NoPgDumpError.class)
        .hasMessageContaining("not found").hasMessageContaining(".ci/install-pg-dump");
    Path fake = fake();
    System.setProperty(PgDump.PROPERTY, fake.toString());
    assertThat(PgDump.forServer(17)).isEqualTo(fake);
    assertThat(PgDump.forServer(13)).isEqualTo(fake);
    assertThatThrownBy(() -> PgDump.forServer(18)).isInstanceOf(PgDump.NoPgDumpError.class)
        .hasMessageContaining("pg_dump 17, older than the server");
  }

  @Test
  void dumpsSchemaOnlyWithoutOwnersPrivilegesOrRestrictLines() throws Exception {
    System.setProperty(PgDump.PROPERTY, fake().toString());
    String dump = PgDump.schemaOnly(16, "127.0.0.1", 5433, "u", "secret", "t_db");
    assertThat(dump).isEqualTo("""
        --

        args: --schema-only --no-owner --no-privileges --host=127.0.0.1 --port=5433 --username=u --no-password t_db
        password: secret
        """);
    assertThat(PgDump.schemaOnly(16, "127.0.0.1", 5433, "u", null, "t_db")).contains("password: unset");
  }
}
