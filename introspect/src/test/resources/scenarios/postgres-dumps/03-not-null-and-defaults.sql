--
-- PostgreSQL database dump
--

\restrict dnvZStBtMURUFrLeq5GfEtccC5TzwJauxy0t7dTq41oRhga0kDgqskAamA3rqZN

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

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.settings (
    key text NOT NULL,
    value text DEFAULT ''::text NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    priority integer DEFAULT 0,
    ratio numeric(4,2) DEFAULT 1.5,
    tags text[] DEFAULT '{}'::text[],
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    note text,
    updated_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    valid_from date DEFAULT CURRENT_DATE
);


--
-- PostgreSQL database dump complete
--

\unrestrict dnvZStBtMURUFrLeq5GfEtccC5TzwJauxy0t7dTq41oRhga0kDgqskAamA3rqZN

