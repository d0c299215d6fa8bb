--
-- PostgreSQL database dump
--

\restrict Mq8gVWGaxIuCikUs6HYROUsPtaoxmiMzRBJkE2sccYAWC6HmjUiSYXtwdYVUj1s

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
-- Name: composite_pk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.composite_pk (
    tenant_id integer NOT NULL,
    item_id integer NOT NULL,
    name text
);


--
-- Name: named_pk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.named_pk (
    code text NOT NULL
);


--
-- Name: pk_include; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pk_include (
    id integer NOT NULL,
    version integer
);


--
-- Name: single_pk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.single_pk (
    id integer NOT NULL
);


--
-- Name: composite_pk composite_pk_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.composite_pk
    ADD CONSTRAINT composite_pk_pkey PRIMARY KEY (tenant_id, item_id);


--
-- Name: named_pk named_pk_code_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.named_pk
    ADD CONSTRAINT named_pk_code_pk PRIMARY KEY (code);


--
-- Name: pk_include pk_include_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pk_include
    ADD CONSTRAINT pk_include_pkey PRIMARY KEY (id) INCLUDE (version);


--
-- Name: single_pk single_pk_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.single_pk
    ADD CONSTRAINT single_pk_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict Mq8gVWGaxIuCikUs6HYROUsPtaoxmiMzRBJkE2sccYAWC6HmjUiSYXtwdYVUj1s

