--
-- PostgreSQL database dump
--

\restrict 57sDHoCMhhCIeZIeUL8zLLoTTlTa237DDFKqHl4QD2vNb7KCf8Hzs8mzn7fsFHX

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
-- Name: measurements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.measurements (
    a integer,
    b integer,
    c bigint,
    d smallint,
    e character varying(20),
    f character varying,
    g timestamp with time zone,
    h timestamp without time zone,
    i timestamp(3) with time zone,
    j boolean,
    k double precision,
    l real,
    m numeric(10,2),
    n numeric(5,0),
    o character(3),
    p character(1),
    q text[],
    r integer[],
    s time without time zone,
    t time with time zone,
    u bit varying(8),
    v bit(4),
    w double precision,
    x jsonb,
    y uuid,
    z bytea,
    aa inet,
    ab interval,
    ac date,
    ad money,
    ae real,
    af numeric
);


--
-- PostgreSQL database dump complete
--

\unrestrict 57sDHoCMhhCIeZIeUL8zLLoTTlTa237DDFKqHl4QD2vNb7KCf8Hzs8mzn7fsFHX

