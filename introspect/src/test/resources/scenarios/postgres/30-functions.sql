CREATE FUNCTION add_numbers(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT a + b $$;

CREATE OR REPLACE FUNCTION full_name(first text, last text DEFAULT '') RETURNS text
    LANGUAGE plpgsql STABLE
    AS $function$
BEGIN
    RETURN trim(first || ' ' || last);
END;
$function$;

CREATE FUNCTION split_pair(IN input text, OUT left_part text, OUT right_part text)
    LANGUAGE sql
    AS 'SELECT split_part(input, '','', 1), split_part(input, '','', 2)';

CREATE FUNCTION numbers_upto(n integer) RETURNS TABLE(value integer)
    LANGUAGE sql
    AS $$ SELECT generate_series(1, n) $$;
