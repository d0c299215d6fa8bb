--
-- PostgreSQL database dump
--

\restrict iac84zdCt776vVgsu6xACrfaQvdmbkCA17JRfKoBGP7bOgwUnHIIu9ceAchg3Px

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
-- Name: metrics; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.metrics (
    id bigint NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    value double precision NOT NULL,
    CONSTRAINT metrics_value_check CHECK ((value >= (0)::double precision))
)
PARTITION BY RANGE (recorded_at);


SET default_table_access_method = heap;

--
-- Name: metrics_2024; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.metrics_2024 (
    id bigint NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    value double precision NOT NULL,
    CONSTRAINT metrics_value_check CHECK ((value >= (0)::double precision))
);


--
-- Name: metrics_2025; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.metrics_2025 (
    id bigint NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    value double precision NOT NULL,
    CONSTRAINT metrics_value_check CHECK ((value >= (0)::double precision))
);


--
-- Name: metrics_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.metrics_default (
    id bigint NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    value double precision NOT NULL,
    CONSTRAINT metrics_value_check CHECK ((value >= (0)::double precision))
);


--
-- Name: metrics_2024; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metrics ATTACH PARTITION public.metrics_2024 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');


--
-- Name: metrics_2025; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metrics ATTACH PARTITION public.metrics_2025 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');


--
-- Name: metrics_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metrics ATTACH PARTITION public.metrics_default DEFAULT;


--
-- PostgreSQL database dump complete
--

\unrestrict iac84zdCt776vVgsu6xACrfaQvdmbkCA17JRfKoBGP7bOgwUnHIIu9ceAchg3Px

