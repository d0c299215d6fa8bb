--
-- PostgreSQL database dump
--

\restrict nGN5cfHRwxL4wKlDRUQWv3gYZCyqRQdWSx3enMQ5441TcHYpGRR021deZsxnfRA

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
-- Name: profiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profiles (
    id integer NOT NULL,
    nicknames character varying(30)[] DEFAULT (ARRAY[]::character varying[])::character varying(30)[] NOT NULL,
    scores integer[],
    settings json,
    preferences jsonb DEFAULT jsonb_build_object('theme', 'dark') NOT NULL
);


--
-- Name: profiles profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_pkey PRIMARY KEY (id);


--
-- Name: profiles_theme_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX profiles_theme_idx ON public.profiles USING btree (((preferences ->> 'theme'::text)));


--
-- PostgreSQL database dump complete
--

\unrestrict nGN5cfHRwxL4wKlDRUQWv3gYZCyqRQdWSx3enMQ5441TcHYpGRR021deZsxnfRA

