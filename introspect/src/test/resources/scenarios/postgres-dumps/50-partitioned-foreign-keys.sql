--
-- PostgreSQL database dump
--

\restrict RJ6IdCieqDOvbfDW8WHFSOZNzubxgu3OI0Y4MrSZ8CgSn4lNItdqHZfutjQ0iiX

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
-- Name: accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts (
    id integer NOT NULL
);


--
-- Name: ledger; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ledger (
    account_id integer NOT NULL,
    posted_on date NOT NULL,
    amount numeric(12,2) NOT NULL
)
PARTITION BY RANGE (posted_on);


--
-- Name: ledger_2024; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ledger_2024 (
    account_id integer NOT NULL,
    posted_on date NOT NULL,
    amount numeric(12,2) NOT NULL
);


--
-- Name: ledger_2024; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger ATTACH PARTITION public.ledger_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: ledger ledger_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.ledger
    ADD CONSTRAINT ledger_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);


--
-- PostgreSQL database dump complete
--

\unrestrict RJ6IdCieqDOvbfDW8WHFSOZNzubxgu3OI0Y4MrSZ8CgSn4lNItdqHZfutjQ0iiX

