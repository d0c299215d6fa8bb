--
-- PostgreSQL database dump
--

\restrict INESzdfXfYu6SrhWxeDRdwSOKvEBrKwtwRYNcbLN6FqRe634BTxfwuHf0HaZmMs

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
-- Name: logs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.logs (
    id bigint NOT NULL,
    data jsonb NOT NULL,
    tags text[],
    body tsvector,
    happened_at timestamp with time zone NOT NULL,
    span tstzrange
);


--
-- Name: logs logs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.logs
    ADD CONSTRAINT logs_pkey PRIMARY KEY (id);


--
-- Name: logs_body_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX logs_body_gin ON public.logs USING gin (body);


--
-- Name: logs_data_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX logs_data_gin ON public.logs USING gin (data jsonb_path_ops);


--
-- Name: logs_happened_brin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX logs_happened_brin ON public.logs USING brin (happened_at);


--
-- Name: logs_span_gist; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX logs_span_gist ON public.logs USING gist (span);


--
-- Name: logs_tags_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX logs_tags_gin ON public.logs USING gin (tags);


--
-- PostgreSQL database dump complete
--

\unrestrict INESzdfXfYu6SrhWxeDRdwSOKvEBrKwtwRYNcbLN6FqRe634BTxfwuHf0HaZmMs

