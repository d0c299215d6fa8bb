--
-- PostgreSQL database dump
--

\restrict gk9gYERh44HwS5wu9MDiYou4NJn5f5jK4e4IEwZddXolAOLeXkwOskhqM4FUuLo

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
-- Name: readings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.readings (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    reading numeric NOT NULL
)
PARTITION BY RANGE (taken_on);


SET default_table_access_method = heap;

--
-- Name: readings_2024; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.readings_2024 (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    reading numeric NOT NULL
);


--
-- Name: readings_2024; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.readings ATTACH PARTITION public.readings_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- PostgreSQL database dump complete
--

\unrestrict gk9gYERh44HwS5wu9MDiYou4NJn5f5jK4e4IEwZddXolAOLeXkwOskhqM4FUuLo

