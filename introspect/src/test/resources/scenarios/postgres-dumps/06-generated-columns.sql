--
-- PostgreSQL database dump
--

\restrict jg9YSvsQ3G4Q8MYYNtaOkGus0fJVkWkorWVvkgWCBThxgnnxqLCc5Mw81jpfgIN

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
-- Name: line_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.line_items (
    id bigint NOT NULL,
    price numeric(10,2) NOT NULL,
    quantity integer NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS ((price * (quantity)::numeric)) STORED,
    label text GENERATED ALWAYS AS (('qty '::text || (quantity)::text)) STORED
);


--
-- Name: line_items line_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.line_items
    ADD CONSTRAINT line_items_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict jg9YSvsQ3G4Q8MYYNtaOkGus0fJVkWkorWVvkgWCBThxgnnxqLCc5Mw81jpfgIN

