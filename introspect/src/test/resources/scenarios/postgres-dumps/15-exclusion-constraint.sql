--
-- PostgreSQL database dump
--

\restrict eGhS1fSlJUaDuZGhOERqXQYBucibN7htIAq7ttAXZDcSA6EhJ6M4eu02krYsYBW

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
-- Name: reservations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reservations (
    id integer NOT NULL,
    during tstzrange NOT NULL
);


--
-- Name: rooms_booked; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rooms_booked (
    room_span int4range
);


--
-- Name: rooms_booked no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms_booked
    ADD CONSTRAINT no_overlap EXCLUDE USING gist (room_span WITH &&) DEFERRABLE;


--
-- Name: reservations reservations_during_excl; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reservations
    ADD CONSTRAINT reservations_during_excl EXCLUDE USING gist (during WITH &&);


--
-- Name: reservations reservations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reservations
    ADD CONSTRAINT reservations_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict eGhS1fSlJUaDuZGhOERqXQYBucibN7htIAq7ttAXZDcSA6EhJ6M4eu02krYsYBW

