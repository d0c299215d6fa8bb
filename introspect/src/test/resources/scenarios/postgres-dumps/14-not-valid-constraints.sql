--
-- PostgreSQL database dump
--

\restrict b0scqJCJrOu9gCbcfEMrGhxwZLIgQKt6fTYNvHFjKOa2Onbuoc4uNSrcgb2fM3b

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
-- Name: children; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.children (
    id integer NOT NULL,
    parent_id integer,
    age integer
);


--
-- Name: parents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.parents (
    id integer NOT NULL
);


--
-- Name: children children_age_ck; Type: CHECK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.children
    ADD CONSTRAINT children_age_ck CHECK ((age >= 0)) NOT VALID;


--
-- Name: children children_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.children
    ADD CONSTRAINT children_pkey PRIMARY KEY (id);


--
-- Name: parents parents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parents
    ADD CONSTRAINT parents_pkey PRIMARY KEY (id);


--
-- Name: children children_parent_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.children
    ADD CONSTRAINT children_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parents(id) NOT VALID;


--
-- PostgreSQL database dump complete
--

\unrestrict b0scqJCJrOu9gCbcfEMrGhxwZLIgQKt6fTYNvHFjKOa2Onbuoc4uNSrcgb2fM3b

