--
-- PostgreSQL database dump
--

\restrict F08BvLc5QhVOmYN6W52RYQR13ibo21uVQ9TOMmhdRz7UWyuyTelKu6f9ViqHQ0K

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
-- Name: articles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.articles (
    id integer NOT NULL,
    author_id integer NOT NULL,
    title text NOT NULL,
    published_at timestamp with time zone,
    slug text NOT NULL
);


--
-- Name: articles articles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.articles
    ADD CONSTRAINT articles_pkey PRIMARY KEY (id);


--
-- Name: articles_author_id_published_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_author_id_published_at_idx ON public.articles USING btree (author_id, published_at);


--
-- Name: articles_author_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_author_idx ON public.articles USING btree (author_id);


--
-- Name: articles_published_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_published_at_idx ON public.articles USING btree (published_at);


--
-- Name: articles_slug_uidx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX articles_slug_uidx ON public.articles USING btree (slug);


--
-- Name: articles_title_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_title_hash ON public.articles USING hash (title);


--
-- PostgreSQL database dump complete
--

\unrestrict F08BvLc5QhVOmYN6W52RYQR13ibo21uVQ9TOMmhdRz7UWyuyTelKu6f9ViqHQ0K

