--
-- PostgreSQL database dump
--

\restrict GSWGrmg2hIBQcZUnL67Uj69XjYTaffxW7KuGGd2AF6TRlF6AtquckKbZJVKwgSb

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
-- Name: page_views; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.page_views (
    id bigint NOT NULL,
    path text NOT NULL,
    viewed_at timestamp with time zone NOT NULL
);


--
-- Name: daily_views; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public.daily_views AS
 SELECT page_views.path,
    date_trunc('day'::text, page_views.viewed_at) AS day,
    count(*) AS views
   FROM public.page_views
  GROUP BY page_views.path, (date_trunc('day'::text, page_views.viewed_at))
  WITH NO DATA;


--
-- Name: page_views page_views_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.page_views
    ADD CONSTRAINT page_views_pkey PRIMARY KEY (id);


--
-- Name: daily_views_path_day; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX daily_views_path_day ON public.daily_views USING btree (path, day);


--
-- PostgreSQL database dump complete
--

\unrestrict GSWGrmg2hIBQcZUnL67Uj69XjYTaffxW7KuGGd2AF6TRlF6AtquckKbZJVKwgSb

