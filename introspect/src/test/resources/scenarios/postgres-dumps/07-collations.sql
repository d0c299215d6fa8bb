--
-- PostgreSQL database dump
--

\restrict okhK2MurSZ0VF6hijPjtdp5n1qaxt6CemWHk7CAh1Bj1JvFjV1s9N8UexCepUnY

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
-- Name: words; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.words (
    id integer NOT NULL,
    word text NOT NULL COLLATE pg_catalog."C",
    sort_key character varying(100) COLLATE pg_catalog."POSIX",
    plain text
);


--
-- Name: words words_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.words
    ADD CONSTRAINT words_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict okhK2MurSZ0VF6hijPjtdp5n1qaxt6CemWHk7CAh1Bj1JvFjV1s9N8UexCepUnY

