--
-- PostgreSQL database dump
--

\restrict LVfa7NoVv5HSra8Td9w7BspEmUapbgaufGlUTrRld2niyJFqS7pbxPWQGe9He0D

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
-- Name: cache_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE UNLOGGED TABLE public.cache_entries (
    key text NOT NULL,
    value bytea,
    expires_at timestamp with time zone
);


--
-- Name: hot_rows; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hot_rows (
    id integer NOT NULL,
    counter bigint DEFAULT 0 NOT NULL
)
WITH (fillfactor='80', autovacuum_vacuum_scale_factor='0.05');


--
-- Name: cache_entries cache_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache_entries
    ADD CONSTRAINT cache_entries_pkey PRIMARY KEY (key);


--
-- Name: hot_rows hot_rows_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hot_rows
    ADD CONSTRAINT hot_rows_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict LVfa7NoVv5HSra8Td9w7BspEmUapbgaufGlUTrRld2niyJFqS7pbxPWQGe9He0D

