package dev.slipway.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs the packaged CLI jar as the tests' child process, with the same small JVM the
 * {@code ./slipway} launcher uses, plus a class-data-sharing archive beside the jar
 * ({@code slipway-it.jsa}): the first run after a build writes it at exit ({@code -XX:ArchiveClassesAtExit},
 * docs.oracle.com/en/java/javase/17/vm/class-data-sharing.html), every later run maps it and starts in two
 * thirds of the CPU time. Test JVMs running side by side agree through a lock file on which one writes it;
 * the others run without it meanwhile. A stale or mismatched archive is ignored by the JVM, never fatal.
 */
public final class CliJvm {
  private static final Duration STALE_LOCK = Duration.ofMinutes(3);

  private final Path jar;
  private final Path archive;
  private final Path lock;

  /** One launch: its command and what to do once the process has exited. */
  public record Launch(List<String> command, Runnable afterExit) {}

  public CliJvm(Path jar) {
    this.jar = jar.toAbsolutePath().normalize();
    this.archive = this.jar.resolveSibling("slipway-it.jsa");
    this.lock = this.jar.resolveSibling("slipway-it.jsa.lock");
  }

  /** The command for {@code args}; call {@link Launch#afterExit()} when the process has ended. */
  public Launch launch(List<String> args) {
    List<String> cmd = new ArrayList<>(List.of("java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        // Archive mismatch notes are JVM log lines on stdout; tests read stdout.
        "-Xlog:disable", "-Xlog:all=error:stderr"));
    Runnable after = () -> { };
    if (fresh()) {
      cmd.add("-XX:SharedArchiveFile=" + archive);
    } else if (claim()) {
      Path partial = archive.resolveSibling("slipway-it.jsa." + ProcessHandle.current().pid() + ".tmp");
      cmd.add("-XX:ArchiveClassesAtExit=" + partial);
      after = () -> publish(partial);
    }
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(args);
    return new Launch(cmd, after);
  }

  private boolean fresh() {
    try {
      return Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether this launch is the one to write the archive: the lock file is new, or left by a killed writer. */
  private boolean claim() {
    try {
      Files.createFile(lock);
      return true;
    } catch (java.nio.file.FileAlreadyExistsException taken) {
      try {
        FileTime since = Files.getLastModifiedTime(lock);
        if (since.toInstant().isBefore(Instant.now().minus(STALE_LOCK))) {
          Files.deleteIfExists(lock);
        }
      } catch (IOException ignored) {
        // another JVM is handling the lock
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private void publish(Path partial) {
    try {
      if (Files.isRegularFile(partial) && Files.size(partial) > 0) {
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      // no archive: later runs start without one, as before
    } finally {
      try {
        Files.deleteIfExists(partial);
        Files.deleteIfExists(lock);
      } catch (IOException ignored) {
        // left for the stale-lock rule
      }
    }
  }
}
