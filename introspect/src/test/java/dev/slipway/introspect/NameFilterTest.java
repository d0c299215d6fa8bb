package dev.slipway.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFilterTest {
  @Test
  void emptyOptionsKeepEverything() {
    NameFilter f = new NameFilter(ReadOptions.ALL);
    assertThat(f.keepSchema("public")).isTrue();
    assertThat(f.keep("App", "Event Log")).isTrue();
  }

  @Test
  void schemasListLimitsAndGlobsExclude() {
    NameFilter f = new NameFilter(new ReadOptions(List.of("App", "public"), List.of("public.tmp_*", "App.?og", "audit")));
    assertThat(f.keepSchema("other")).isFalse();
    assertThat(f.keep("public", "tmp_1")).isFalse();
    assertThat(f.keep("public", "tmp")).isTrue();
    assertThat(f.keep("App", "log")).isFalse();
    assertThat(f.keep("App", "blog")).isTrue();
    assertThat(f.keep("App", "Event Log")).isTrue();
    // Glob metacharacters other than * and ? are literal.
    NameFilter dots = new NameFilter(new ReadOptions(List.of(), List.of("a.b(c)+")));
    assertThat(dots.keep("a", "b(c)+")).isFalse();
    assertThat(dots.keep("a", "bc")).isTrue();
    assertThat(dots.keep("axb(c)+", "x")).isTrue();
  }

  @Test
  void starMatchesAcrossTheDot() {
    NameFilter f = new NameFilter(new ReadOptions(List.of(), List.of("*_archive*")));
    assertThat(f.keepSchema("x_archive")).isFalse();
    assertThat(f.keep("public", "t_archive_2020")).isFalse();
  }
}
