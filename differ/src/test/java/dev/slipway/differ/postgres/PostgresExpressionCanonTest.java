package dev.slipway.differ.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresExpressionCanonTest {
  private static final Map<String, String> COLUMNS = columns("price", "numeric(12,2)", "amount", "numeric",
      "status", "text", "state", "public.order_state", "score", "integer", "value", "double precision",
      "real_col", "real", "quantity", "integer", "code", "character varying(10)", "first_name", "text",
      "last_name", "text", "preferences", "jsonb", "tenant_id", "integer", "big", "bigint", "ratio", "real");

  private static Map<String, String> columns(String... pairs) {
    Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
    return Map.copyOf(m);
  }

  private static boolean same(String a, String b) {
    return PostgresExpressionCanon.canonical(a, COLUMNS).equals(PostgresExpressionCanon.canonical(b, COLUMNS));
  }

  @Test
  void outerParenthesesWhitespaceAndCaseOutsideQuotes() {
    assertThat(same("((a > 0))", "a>0")).isTrue();
    assertThat(same("A  >  0", "a > 0")).isTrue();
    assertThat(same("a = 'X'", "a = 'x'")).isFalse();
    assertThat(same("\"A\" > 0", "a > 0")).isFalse();
  }

  @Test
  void parenthesesAroundOrAndAndOperands() {
    assertThat(same("(a = 1) OR (b IS NOT NULL)", "a = 1 or b is not null")).isTrue();
    assertThat(same("(a = 1) AND (b = 2)", "a = 1 and b = 2")).isTrue();
    assertThat(same("(a or b) and c", "a or b and c")).isFalse();
    assertThat(same("not (a and b)", "not a and b")).isFalse();
    assertThat(same("(a and b) or c", "a and b or c")).isTrue();
    // a subquery or a row keeps its parentheses
    assertThat(same("a AND (SELECT b FROM t)", "a and select b from t")).isFalse();
    assertThat(same("(SELECT a) || b", "select a || b")).isFalse();
  }

  @Test
  void singleTokenBeforeCast() {
    assertThat(same("(quantity)::text", "quantity::text")).isTrue();
    assertThat(same("(-1)::numeric", "-1::numeric")).isFalse();
    assertThat(same("f(quantity)::text", "f quantity::text")).isFalse();
  }

  @Test
  void betweenIsTwoComparisons() {
    assertThat(same("(score >= 0) AND (score <= 100)", "score BETWEEN 0 AND 100")).isTrue();
    assertThat(same("(score >= 0) AND (score <= 100)", "score NOT BETWEEN 0 AND 100")).isFalse();
    assertThat(same("score >= 0 and score < 100", "score between 0 and 100")).isFalse();
  }

  @Test
  void inListIsEqualsAny() {
    assertThat(same("status = ANY (ARRAY['a'::text, 'b'::text])", "status IN ('a', 'b')")).isTrue();
    assertThat(same("status <> ALL (ARRAY['a'::text, 'b'::text])", "status NOT IN ('a', 'b')")).isTrue();
    assertThat(same("status = ANY (ARRAY['a'::text, 'b'::text])", "status NOT IN ('a', 'b')")).isFalse();
    assertThat(same("code = ANY (ARRAY['a'::text])", "code IN ('a')")).isFalse();
  }

  @Test
  void literalCastToTheOtherOperandsType() {
    assertThat(same("price >= (0)::numeric", "price >= 0")).isTrue();
    assertThat(same("amount < (1000000)::numeric", "amount < 1000000")).isTrue();
    assertThat(same("value >= (0)::double precision", "value >= 0")).isTrue();
    assertThat(same("status ~ '^[a-z]+$'::text", "status ~ '^[a-z]+$'")).isTrue();
    assertThat(same("(state = 'cart'::public.order_state) OR (x IS NOT NULL)", "state = 'cart' or x is not null"))
        .isTrue();
    assertThat(same("'qty '::text || (quantity)::text", "'qty ' || quantity::text")).isTrue();
    // real >= 0 resolves to real >= double precision, not to a cast to real (typeconv-oper step 3d)
    assertThat(same("real_col >= (0)::real", "real_col >= 0")).isFalse();
    // the cast is to another type than the column's
    assertThat(same("status = 'a'::character varying", "status = 'a'")).isFalse();
    assertThat(same("score = '1'::text", "score = '1'")).isFalse();
    // the column is only part of the left operand
    assertThat(same("x + price >= (0)::numeric", "x + price >= 0")).isFalse();
    // an unknown column
    assertThat(same("other ~ 'a'::text", "other ~ 'a'")).isFalse();
  }

  @Test
  void columnDefaultCastToTheColumnType() {
    assertThat(PostgresDiffRules.columnDefault(dev.slipway.model.Expr.of("'free'::text"), "text", COLUMNS).text())
        .isEqualTo("'free'");
    assertThat(PostgresDiffRules.columnDefault(dev.slipway.model.Expr.of("'a'::public.order_state"),
        "public.order_state", COLUMNS).text()).isEqualTo("'a'");
    assertThat(PostgresDiffRules.columnDefault(dev.slipway.model.Expr.of("'a'::character varying"), "text", COLUMNS)
        .text()).isEqualTo("'a'::character varying");
  }

  @Test
  void triggerWhenCondition() {
    assertThat(PostgresTriggerText.canonical(
        "CREATE TRIGGER t BEFORE UPDATE ON public.n FOR EACH ROW WHEN ((new.body IS NOT NULL)) EXECUTE FUNCTION public.f()"))
        .isEqualTo(PostgresTriggerText.canonical(
            "CREATE TRIGGER t BEFORE UPDATE ON public.n FOR EACH ROW WHEN (NEW.body IS NOT NULL) EXECUTE FUNCTION public.f()"));
    assertThat(PostgresTriggerText.canonical("CREATE TRIGGER t BEFORE UPDATE ON public.n FOR EACH ROW WHEN (a) EXECUTE FUNCTION public.f()"))
        .isNotEqualTo(PostgresTriggerText.canonical("CREATE TRIGGER t BEFORE UPDATE ON public.n FOR EACH ROW WHEN (b) EXECUTE FUNCTION public.f()"));
  }

  @Test
  void leftAssociativeOperators() {
    assertThat(same("(first_name || ' '::text) || last_name", "first_name || ' ' || last_name")).isTrue();
    assertThat(same("first_name || (' '::text || last_name)", "first_name || ' ' || last_name")).isFalse();
    assertThat(same("(a = b) || c", "a = b || c")).isFalse();
    assertThat(same("(a + b) * c", "a + b * c")).isFalse();
  }

  @Test
  void jsonFieldKeysAreText() {
    assertThat(same("preferences ->> 'theme'::text", "preferences ->> 'theme'")).isTrue();
    assertThat(same("preferences -> 'theme'::text", "preferences -> 'theme'")).isTrue();
    assertThat(same("preferences ->> '0'::integer", "preferences ->> '0'")).isFalse();
    assertThat(same("status ->> 'theme'::text", "status ->> 'theme'")).isFalse();
  }

  @Test
  void functionCallBeforeCastAndTextArguments() {
    assertThat(same("tenant_id = (current_setting('app.tenant_id'::text))::integer",
        "tenant_id = current_setting('app.tenant_id')::integer")).isTrue();
    assertThat(same("date_trunc('day'::text, x)", "date_trunc('day', x)")).isTrue();
    assertThat(same("other_fn('day'::text, x)", "other_fn('day', x)")).isFalse();
    assertThat(same("date_trunc(x, 'day'::text)", "date_trunc(x, 'day')")).isFalse();
    assertThat(same("(a + f(x))::integer", "a + f(x)::integer")).isFalse();
  }

  @Test
  void integerColumnWidenedBesideNumericColumn() {
    assertThat(same("price * (quantity)::numeric", "price * quantity")).isTrue();
    assertThat(same("price * (big)::numeric", "price * big")).isTrue();
    assertThat(same("price * (ratio)::numeric", "price * ratio")).isFalse();
    assertThat(same("price * (quantity)::double precision", "price * quantity")).isFalse();
    assertThat(same("x * price * (quantity)::numeric", "x * price * quantity")).isFalse();
  }

  @Test
  void arrayCastWithModifier() {
    assertThat(same("(ARRAY[]::character varying[])::character varying(30)[]", "ARRAY[]::varchar(30)[]")).isTrue();
    assertThat(same("(ARRAY[]::text[])::character varying(30)[]", "ARRAY[]::varchar(30)[]")).isFalse();
    assertThat(same("(ARRAY[]::character varying[])::character varying(30)[]", "ARRAY[]::varchar(20)[]")).isFalse();
  }
}
