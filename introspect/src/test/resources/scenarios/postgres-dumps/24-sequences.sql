--
-- PostgreSQL database dump
--

\restrict ElJioc9hZc0HNoZScTXCixSYPUo5UHh93KnRpXdPzOIsg4YPMNClzgRy9RtXpKv

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
-- Name: countdown; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.countdown
    START WITH -1
    INCREMENT BY -1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: invoices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invoices (
    id integer NOT NULL,
    number bigint NOT NULL
);


--
-- Name: invoice_numbers; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.invoice_numbers
    START WITH 1000
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 10;


--
-- Name: invoice_numbers; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.invoice_numbers OWNED BY public.invoices.number;


--
-- Name: small_counter; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.small_counter
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    MAXVALUE 1000
    CACHE 1
    CYCLE;


--
-- Name: invoices number; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoices ALTER COLUMN number SET DEFAULT nextval('public.invoice_numbers'::regclass);


--
-- Name: invoices invoices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict ElJioc9hZc0HNoZScTXCixSYPUo5UHh93KnRpXdPzOIsg4YPMNClzgRy9RtXpKv

