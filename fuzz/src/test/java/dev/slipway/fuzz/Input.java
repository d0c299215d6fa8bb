package dev.slipway.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** A fuzzed text and how it was made, printed short (a failing 10 MB input must not flood the report). */
record Input(String origin, List<Mutation> mutations, String text) {
  @Override
  public String toString() {
    String head = text.length() > 300 ? text.substring(0, 300) + "…" : text;
    return origin + " " + mutations + " (" + text.length() + " chars): " + Mutation.escape(head);
  }

  /** A seed from {@code seeds} under one to four edits. */
  static Arbitrary<Input> mutated(String corpus, List<String> seeds, List<String> tokens) {
    Arbitrary<Integer> seed = Arbitraries.integers().between(0, seeds.size() - 1);
    Arbitrary<List<Mutation>> edits = Mutation.arbitrary(tokens).list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(seed, edits).as((i, ms) -> {
      String text = seeds.get(i);
      for (Mutation m : ms) text = m.apply(text);
      return new Input(corpus + "#" + i, ms, text);
    });
  }

  /** A text from a grammar-driven generator under zero to two edits. */
  static Arbitrary<Input> generated(String name, Function<Random, String> generator, List<String> tokens) {
    Arbitrary<String> text = Arbitraries.randomValue(generator);
    Arbitrary<List<Mutation>> edits = Mutation.arbitrary(tokens).list().ofMinSize(0).ofMaxSize(2);
    return Combinators.combine(text, edits).as((t, ms) -> {
      String out = t;
      for (Mutation m : ms) out = m.apply(out);
      return new Input(name, ms, out);
    });
  }
}
