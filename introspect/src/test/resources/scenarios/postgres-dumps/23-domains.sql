--
-- PostgreSQL database dump
--

\restrict oJwnegizeDhGRt8IHP6RW29rzTcLHtuwYNr0RKnOlVgH9MCJd77keQVtjiIdfff

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
-- Name: email; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.email AS text
	CONSTRAINT email_check CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));


--
-- Name: positive_int; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.positive_int AS integer NOT NULL DEFAULT 1
	CONSTRAINT positive_int_positive CHECK ((VALUE > 0));


--
-- Name: short_code; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.short_code AS character varying(8) COLLATE pg_catalog."C";


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: subscribers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.subscribers (
    id integer NOT NULL,
    address public.email NOT NULL,
    seats public.positive_int,
    code public.short_code
);


--
-- Name: subscribers subscribers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.subscribers
    ADD CONSTRAINT subscribers_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict oJwnegizeDhGRt8IHP6RW29rzTcLHtuwYNr0RKnOlVgH9MCJd77keQVtjiIdfff

