package dev.slipway.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Validation and canonical-ordering helpers shared by the model records. */
final class Checks {
  private Checks() {}

  static String name(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new InvalidModelException(what + ": name must not be empty");
    }
    if (value.indexOf('\0') >= 0) {
      throw new InvalidModelException(what + ": name must not contain a NUL character");
    }
    return value;
  }

  static <T> T required(T value, String what) {
    if (value == null) {
      throw new InvalidModelException(what + " is required");
    }
    return value;
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** Copies and sorts by key; rejects two elements with the same key. */
  static <T, K extends Comparable<? super K>> List<T> sortedUnique(
      Collection<T> values, Function<T, K> key, String what) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(values);
    copy.sort(Comparator.comparing(key));
    for (int i = 1; i < copy.size(); i++) {
      if (key.apply(copy.get(i - 1)).compareTo(key.apply(copy.get(i))) == 0) {
        throw new InvalidModelException(what + ": duplicate " + key.apply(copy.get(i)));
      }
    }
    return List.copyOf(copy);
  }

  static void unique(List<String> names, String what) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new InvalidModelException(what + ": duplicate " + n);
      }
    }
  }
}
