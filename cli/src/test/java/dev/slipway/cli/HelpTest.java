package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every subcommand answers {@code --help}, {@code -h} and {@code --version} before checking its required options. */
class HelpTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Slipway.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static List<String> commands() {
    return List.of("plan", "apply", "drift", "inspect", "pr-comment");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpPrintsUsageAndExitsZero(String command) {
    for (String flag : List.of("--help", "-h")) {
      Run r = run(command, flag);
      assertThat(r.code()).as(command + " " + flag + ": " + r.err()).isZero();
      assertThat(r.out()).startsWith("Usage: slipway " + command).contains("--help").contains("--version");
      assertThat(r.err()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpWinsOverOtherwiseInvalidOptions(String command) {
    Run r = run(command, "--format", "nonsense", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: slipway " + command);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void versionOnEverySubcommand(String command) {
    Run r = run(command, "--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("slipway ");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void missingRequiredOptionIsStillAUsageError(String command) {
    Run r = run(command);
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Missing required option").contains("Try 'slipway " + command + " --help'");
  }

  @org.junit.jupiter.api.Test
  void completionScriptNamesEverySubcommand() {
    Run r = run("generate-completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F").contains("_picocli_slipway");
    for (String c : commands()) assertThat(r.out()).contains(c);
  }
}
