--
-- PostgreSQL database dump
--

\restrict ZgFN3uTCSu476il6m5VUXPeAspZAXpgqPp1dNxAiJ4J6ypf5oWK3vctjsASw0IJ

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
-- Name: tenant_data; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tenant_data (
    id bigint NOT NULL,
    tenant_id integer NOT NULL,
    secret text
);

ALTER TABLE ONLY public.tenant_data FORCE ROW LEVEL SECURITY;


--
-- Name: tenant_data tenant_data_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenant_data
    ADD CONSTRAINT tenant_data_pkey PRIMARY KEY (id);


--
-- Name: tenant_data no_deletes; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY no_deletes ON public.tenant_data AS RESTRICTIVE FOR DELETE USING (false);


--
-- Name: tenant_data; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.tenant_data ENABLE ROW LEVEL SECURITY;

--
-- Name: tenant_data tenant_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_insert ON public.tenant_data FOR INSERT WITH CHECK ((tenant_id = (current_setting('app.tenant_id'::text))::integer));


--
-- Name: tenant_data tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.tenant_data USING ((tenant_id = (current_setting('app.tenant_id'::text))::integer));


--
-- PostgreSQL database dump complete
--

\unrestrict ZgFN3uTCSu476il6m5VUXPeAspZAXpgqPp1dNxAiJ4J6ypf5oWK3vctjsASw0IJ

