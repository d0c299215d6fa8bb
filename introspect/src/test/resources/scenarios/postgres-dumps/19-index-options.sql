--
-- PostgreSQL database dump
--

\restrict haeNXYaXSb38H8i6d7X1MsuOeX1uRDrKveTB3BxxWuyunvMrDJFGSFDM77FaBD0

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
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    id integer NOT NULL,
    title text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    score numeric,
    owner text
);


--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);


--
-- Name: documents_recent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_recent ON public.documents USING btree (created_at DESC NULLS LAST, id) INCLUDE (score);


--
-- Name: documents_score; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_score ON public.documents USING btree (score NULLS FIRST) WITH (fillfactor='70');


--
-- Name: documents_title_c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_title_c ON public.documents USING btree (title COLLATE "C");


--
-- Name: documents_title_pattern; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_title_pattern ON public.documents USING btree (title text_pattern_ops);


--
-- PostgreSQL database dump complete
--

\unrestrict haeNXYaXSb38H8i6d7X1MsuOeX1uRDrKveTB3BxxWuyunvMrDJFGSFDM77FaBD0

