--
-- PostgreSQL database dump
--

\restrict 46davOi87Z2KpJmB1cyrCTXjryQFkSeCMjdn1pt1a8wXlr8d6VOB0sFqqmSgMcg

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
-- Name: slot_notes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.slot_notes (
    slot_id integer DEFAULT 0,
    note text
);


--
-- Name: slots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.slots (
    id integer NOT NULL,
    "position" integer NOT NULL
);


--
-- Name: slots slots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.slots
    ADD CONSTRAINT slots_pkey PRIMARY KEY (id);


--
-- Name: slots slots_position_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.slots
    ADD CONSTRAINT slots_position_key UNIQUE ("position") DEFERRABLE;


--
-- Name: slot_notes slot_notes_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.slot_notes
    ADD CONSTRAINT slot_notes_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES public.slots(id) ON UPDATE RESTRICT ON DELETE SET DEFAULT;


--
-- PostgreSQL database dump complete
--

\unrestrict 46davOi87Z2KpJmB1cyrCTXjryQFkSeCMjdn1pt1a8wXlr8d6VOB0sFqqmSgMcg

