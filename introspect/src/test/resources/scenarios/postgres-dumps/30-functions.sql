--
-- PostgreSQL database dump
--

\restrict SSIaM9afNrzye8o66tl9egdRnH7j3usjmdgg7bQI6Js0GxNeU4arfxMUxkUMlHV

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: add_numbers(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.add_numbers(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT a + b $$;


--
-- Name: full_name(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.full_name(first text, last text DEFAULT ''::text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN trim(first || ' ' || last);
END;
$$;


--
-- Name: numbers_upto(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.numbers_upto(n integer) RETURNS TABLE(value integer)
    LANGUAGE sql
    AS $$ SELECT generate_series(1, n) $$;


--
-- Name: split_pair(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.split_pair(input text, OUT left_part text, OUT right_part text) RETURNS record
    LANGUAGE sql
    AS $$SELECT split_part(input, ',', 1), split_part(input, ',', 2)$$;


--
-- PostgreSQL database dump complete
--

\unrestrict SSIaM9afNrzye8o66tl9egdRnH7j3usjmdgg7bQI6Js0GxNeU4arfxMUxkUMlHV

