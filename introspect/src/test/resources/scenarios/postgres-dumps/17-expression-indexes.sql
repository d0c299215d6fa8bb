--
-- PostgreSQL database dump
--

\restrict ra7zffcI4vsGyh5ELL8SzTz2GJoEITXpvI4gIiacOUpVv1uJ0ccP1Nk7QGchp5N

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
-- Name: people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.people (
    id integer NOT NULL,
    email text NOT NULL,
    first_name text,
    last_name text
);


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- Name: people_email_lower; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX people_email_lower ON public.people USING btree (lower(email));


--
-- Name: people_expr_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX people_expr_idx ON public.people USING btree ((((first_name || ' '::text) || last_name)));


--
-- Name: people_lower_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX people_lower_idx ON public.people USING btree (lower(last_name));


--
-- PostgreSQL database dump complete
--

\unrestrict ra7zffcI4vsGyh5ELL8SzTz2GJoEITXpvI4gIiacOUpVv1uJ0ccP1Nk7QGchp5N

