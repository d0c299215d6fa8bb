package dev.slipway.introspect.sql;

import dev.slipway.model.SequenceOptions;
import java.util.List;

/**
 * The option list shared by CREATE SEQUENCE, ALTER SEQUENCE and identity columns
 * (postgresql.org/docs/current/sql-createsequence.html), with PostgreSQL's defaults filled in:
 * ascending sequences run from 1 to the type's maximum, descending ones from the type's minimum to -1.
 */
final class PostgresSequenceOptions {
  String dataType;
  Long start;
  Long increment;
  Long min;
  Long max;
  Long cache;
  boolean cycle;
  List<String> ownedBy;
  boolean ownedByNone;
  List<String> sequenceName;

  /** Reads options until the cursor's end or a closing parenthesis. */
  static PostgresSequenceOptions read(Cursor c, SchemaState s) {
    PostgresSequenceOptions o = new PostgresSequenceOptions();
    while (!c.atEnd() && !c.peek().isPunct(")")) {
      if (c.accept("as")) {
        o.dataType = PostgresTypes.read(c, s).text();
        if (!List.of("smallint", "integer", "bigint").contains(o.dataType)) {
          throw c.fail("sequence type must be smallint, integer or bigint, not " + o.dataType);
        }
      } else if (c.accept("increment")) {
        c.accept("by");
        o.increment = number(c);
      } else if (c.accept("minvalue")) {
        o.min = number(c);
      } else if (c.accept("maxvalue")) {
        o.max = number(c);
      } else if (c.accept("no", "minvalue")) {
        o.min = null;
      } else if (c.accept("no", "maxvalue")) {
        o.max = null;
      } else if (c.accept("start")) {
        c.accept("with");
        o.start = number(c);
      } else if (c.accept("restart")) {
        c.accept("with");
        if (!c.atEnd() && (c.peek().kind() == Token.Kind.NUMBER || c.peek().isPunct("-"))) number(c);
      } else if (c.accept("cache")) {
        o.cache = number(c);
      } else if (c.accept("no", "cycle")) {
        o.cycle = false;
      } else if (c.accept("cycle")) {
        o.cycle = true;
      } else if (c.accept("owned", "by", "none")) {
        o.ownedByNone = true;
      } else if (c.accept("owned", "by")) {
        o.ownedBy = c.dottedName("table.column");
        if (o.ownedBy.size() < 2) throw c.fail("OWNED BY needs table.column");
      } else if (c.accept("sequence", "name")) {
        o.sequenceName = c.dottedName("sequence name");
      } else {
        throw c.fail("unknown sequence option \"" + c.peek().value() + "\"");
      }
    }
    return o;
  }

  private static long number(Cursor c) {
    boolean negative = c.accept("-");
    Token t = c.next();
    if (t.kind() != Token.Kind.NUMBER) throw c.failAt(t, "expected a number but found \"" + t.value() + "\"");
    try {
      long v = Long.parseLong(t.value());
      return negative ? -v : v;
    } catch (NumberFormatException e) {
      throw c.failAt(t, "not an integer: " + t.value());
    }
  }

  SequenceOptions build(String defaultType) {
    String type = dataType != null ? dataType : defaultType;
    long typeMax = switch (type) {
      case "smallint" -> Short.MAX_VALUE;
      case "integer" -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
    long typeMin = switch (type) {
      case "smallint" -> Short.MIN_VALUE;
      case "integer" -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
    long inc = increment != null ? increment : 1;
    long lo = min != null ? min : inc > 0 ? 1 : typeMin;
    long hi = max != null ? max : inc > 0 ? typeMax : -1;
    long st = start != null ? start : inc > 0 ? lo : hi;
    return new SequenceOptions(type, st, inc, lo, hi, cache != null ? cache : 1, cycle);
  }
}
