--
-- PostgreSQL database dump
--

\restrict G6jHjKllZFyBgOB3M6zJZVFVsZJ0w7PyHp9WFaWRM181RW7Lf76IEjVZAF9v5Ib

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

--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    payload jsonb
)
PARTITION BY LIST (kind);


SET default_table_access_method = heap;

--
-- Name: events_click; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events_click (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    payload jsonb
);


--
-- Name: events_other; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events_other (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    payload jsonb
);


--
-- Name: events_view; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events_view (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    payload jsonb
);


--
-- Name: events_click; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_click FOR VALUES IN ('click');


--
-- Name: events_other; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_other DEFAULT;


--
-- Name: events_view; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_view FOR VALUES IN ('view');


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, kind);


--
-- Name: events_click events_click_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_click
    ADD CONSTRAINT events_click_pkey PRIMARY KEY (id, kind);


--
-- Name: events_other events_other_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_other
    ADD CONSTRAINT events_other_pkey PRIMARY KEY (id, kind);


--
-- Name: events_view events_view_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events_view
    ADD CONSTRAINT events_view_pkey PRIMARY KEY (id, kind);


--
-- Name: events_happened_on_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_happened_on_idx ON ONLY public.events USING btree (happened_on);


--
-- Name: events_click_happened_on_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_click_happened_on_idx ON public.events_click USING btree (happened_on);


--
-- Name: events_payload_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_payload_idx ON ONLY public.events USING gin (payload);


--
-- Name: events_click_payload_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_click_payload_idx ON public.events_click USING gin (payload);


--
-- Name: events_other_happened_on_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_other_happened_on_idx ON public.events_other USING btree (happened_on);


--
-- Name: events_other_payload_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_other_payload_idx ON public.events_other USING gin (payload);


--
-- Name: events_view_happened_on_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_view_happened_on_idx ON public.events_view USING btree (happened_on);


--
-- Name: events_view_payload_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_view_payload_idx ON public.events_view USING gin (payload);


--
-- Name: events_click_happened_on_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.events_happened_on_idx ATTACH PARTITION public.events_click_happened_on_idx;


--
-- Name: events_click_payload_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.events_payload_idx ATTACH PARTITION public.events_click_payload_idx;


--
-- Name: events_click_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.events_pkey ATTACH PARTITION public.events_click_pkey;


--
-- Name: events_other_happened_on_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.events_happened_on_idx ATTACH PARTITION public.events_other_happened_on_idx;


--
-- Name: events_other_payload_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.events_payload_idx ATTACH PARTITION public.events_other_payload_idx;


--
-- Name: events_other_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.events_pkey ATTACH PARTITION public.events_other_pkey;


--
-- Name: events_view_happened_on_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.events_happened_on_idx ATTACH PARTITION public.events_view_happened_on_idx;


--
-- Name: events_view_payload_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.events_payload_idx ATTACH PARTITION public.events_view_payload_idx;


--
-- Name: events_view_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.events_pkey ATTACH PARTITION public.events_view_pkey;


--
-- PostgreSQL database dump complete
--

\unrestrict G6jHjKllZFyBgOB3M6zJZVFVsZJ0w7PyHp9WFaWRM181RW7Lf76IEjVZAF9v5Ib

