--
-- PostgreSQL database dump
--

\restrict eHASgZsSLV0AfxJVK8jonx9cNabRadTZr135BVSAr6OzFjZZlzZPooj7vpL1ldP

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
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id uuid NOT NULL,
    user_id bigint NOT NULL,
    data jsonb
)
PARTITION BY HASH (user_id);


SET default_table_access_method = heap;

--
-- Name: sessions_p0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions_p0 (
    id uuid NOT NULL,
    user_id bigint NOT NULL,
    data jsonb
);


--
-- Name: sessions_p1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions_p1 (
    id uuid NOT NULL,
    user_id bigint NOT NULL,
    data jsonb
);


--
-- Name: sessions_p0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions ATTACH PARTITION public.sessions_p0 FOR VALUES WITH (modulus 2, remainder 0);


--
-- Name: sessions_p1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions ATTACH PARTITION public.sessions_p1 FOR VALUES WITH (modulus 2, remainder 1);


--
-- PostgreSQL database dump complete
--

\unrestrict eHASgZsSLV0AfxJVK8jonx9cNabRadTZr135BVSAr6OzFjZZlzZPooj7vpL1ldP

