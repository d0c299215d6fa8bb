--
-- PostgreSQL database dump
--

\restrict ItKb6JSpE33Lm6j3YNzuoO5IaYjvIfxhOG4VegPHJVnzO2adkm05iYEC7WJYWJZ

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
-- Name: sales; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sales (
    id bigint NOT NULL,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL
)
PARTITION BY LIST (region);


SET default_table_access_method = heap;

--
-- Name: sales_americas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sales_americas (
    id bigint NOT NULL,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL
);


--
-- Name: sales_europe; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sales_europe (
    id bigint NOT NULL,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL
);


--
-- Name: sales_americas; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sales ATTACH PARTITION public.sales_americas FOR VALUES IN ('us', 'ca');


--
-- Name: sales_europe; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sales ATTACH PARTITION public.sales_europe FOR VALUES IN ('de', 'fr', 'it');


--
-- PostgreSQL database dump complete
--

\unrestrict ItKb6JSpE33Lm6j3YNzuoO5IaYjvIfxhOG4VegPHJVnzO2adkm05iYEC7WJYWJZ

