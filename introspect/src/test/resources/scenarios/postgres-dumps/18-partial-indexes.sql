--
-- PostgreSQL database dump
--

\restrict gSpmpQ2z9JayU98Q3a3T5HMEB3KgNEvMDvlhJPgfgIjBGaZDbAf5Mpcv3ddnL5V

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
-- Name: jobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jobs (
    id bigint NOT NULL,
    queue text NOT NULL,
    run_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    failed boolean DEFAULT false NOT NULL
);


--
-- Name: jobs jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);


--
-- Name: jobs_one_failed_per_queue; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX jobs_one_failed_per_queue ON public.jobs USING btree (queue) WHERE failed;


--
-- Name: jobs_pending_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX jobs_pending_idx ON public.jobs USING btree (queue, run_at) WHERE (finished_at IS NULL);


--
-- PostgreSQL database dump complete
--

\unrestrict gSpmpQ2z9JayU98Q3a3T5HMEB3KgNEvMDvlhJPgfgIjBGaZDbAf5Mpcv3ddnL5V

