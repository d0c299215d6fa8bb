--
-- PostgreSQL database dump
--

\restrict FrNBmcGAEN220n9nu5DZxQUWbU2e0oi6YwGRIVW54MlruP6YgXNf4c5WKE81k6M

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

--
-- Name: address; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.address AS (
	street text,
	city text,
	zip character varying(10)
);


--
-- Name: money_amount; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.money_amount AS (
	amount numeric(12,2),
	currency character(3)
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: offices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offices (
    id integer NOT NULL,
    location public.address,
    budget public.money_amount
);


--
-- Name: offices offices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offices
    ADD CONSTRAINT offices_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict FrNBmcGAEN220n9nu5DZxQUWbU2e0oi6YwGRIVW54MlruP6YgXNf4c5WKE81k6M

