--
-- PostgreSQL database dump
--

\restrict zRuB2e4cppzqMnYh1RIfmHrwfTeMzCf75vqHwtw1sxN6wBd2B8cdnyipixwmFBD

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
-- Name: products; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.products (
    id integer NOT NULL,
    price numeric,
    discount numeric,
    min_qty integer,
    max_qty integer,
    status text NOT NULL,
    CONSTRAINT products_check CHECK ((discount < price)),
    CONSTRAINT products_check1 CHECK ((min_qty <= max_qty)),
    CONSTRAINT products_price_check CHECK ((price >= (0)::numeric)),
    CONSTRAINT products_price_check1 CHECK ((price < (1000000)::numeric)),
    CONSTRAINT products_status_ck CHECK ((status = ANY (ARRAY['draft'::text, 'active'::text, 'retired'::text])))
);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict zRuB2e4cppzqMnYh1RIfmHrwfTeMzCf75vqHwtw1sxN6wBd2B8cdnyipixwmFBD

