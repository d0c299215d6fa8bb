package dev.slipway.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A txtar archive: a comment, then sections that start with a line {@code -- name --}. */
record Txtar(String comment, Map<String, String> sections) {
  private static final Pattern MARKER = Pattern.compile("^-- (\\S+) --$", Pattern.MULTILINE);

  static Txtar parse(String text) {
    Matcher m = MARKER.matcher(text);
    Map<String, String> sections = new LinkedHashMap<>();
    String comment = null;
    String name = null;
    int start = 0;
    while (m.find()) {
      String body = text.substring(start, m.start());
      if (name == null) comment = body.strip(); else sections.put(name, body);
      name = m.group(1);
      start = m.end() + 1;
    }
    if (name == null) comment = text.strip(); else sections.put(name, start <= text.length() ? text.substring(Math.min(start, text.length())) : "");
    return new Txtar(comment, sections);
  }

  String section(String name) {
    return sections.getOrDefault(name, "");
  }
}
