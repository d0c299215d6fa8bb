--
-- PostgreSQL database dump
--

\restrict UtMhu55T0eZnvxN1cQrW0Yq8rLhtLEDUPwT6hPFvMduykiKdufKiLCKiivYEPuc

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
-- Name: orders_by_month; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orders_by_month (
    id bigint NOT NULL,
    ordered_on date NOT NULL,
    customer_id integer NOT NULL,
    reference text
)
PARTITION BY RANGE (ordered_on);


SET default_table_access_method = heap;

--
-- Name: orders_2024_01; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orders_2024_01 (
    id bigint NOT NULL,
    ordered_on date NOT NULL,
    customer_id integer NOT NULL,
    reference text
);


--
-- Name: orders_2024_02; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orders_2024_02 (
    id bigint NOT NULL,
    ordered_on date NOT NULL,
    customer_id integer NOT NULL,
    reference text
);


--
-- Name: orders_2024_01; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders_by_month ATTACH PARTITION public.orders_2024_01 FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');


--
-- Name: orders_2024_02; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders_by_month ATTACH PARTITION public.orders_2024_02 FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');


--
-- Name: orders_by_month orders_by_month_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders_by_month
    ADD CONSTRAINT orders_by_month_pkey PRIMARY KEY (id, ordered_on);


--
-- Name: orders_2024_01 orders_2024_01_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders_2024_01
    ADD CONSTRAINT orders_2024_01_pkey PRIMARY KEY (id, ordered_on);


--
-- Name: orders_by_month orders_by_month_reference_ordered_on_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders_by_month
    ADD CONSTRAINT orders_by_month_reference_ordered_on_key UNIQUE (reference, ordered_on);


--
-- Name: orders_2024_01 orders_2024_01_reference_ordered_on_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders_2024_01
    ADD CONSTRAINT orders_2024_01_reference_ordered_on_key UNIQUE (reference, ordered_on);


--
-- Name: orders_2024_02 orders_2024_02_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders_2024_02
    ADD CONSTRAINT orders_2024_02_pkey PRIMARY KEY (id, ordered_on);


--
-- Name: orders_2024_02 orders_2024_02_reference_ordered_on_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders_2024_02
    ADD CONSTRAINT orders_2024_02_reference_ordered_on_key UNIQUE (reference, ordered_on);


--
-- Name: orders_by_month_customer_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_by_month_customer_id_idx ON ONLY public.orders_by_month USING btree (customer_id);


--
-- Name: orders_2024_01_customer_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_2024_01_customer_id_idx ON public.orders_2024_01 USING btree (customer_id);


--
-- Name: orders_2024_02_customer_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_2024_02_customer_id_idx ON public.orders_2024_02 USING btree (customer_id);


--
-- Name: orders_2024_01_customer_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.orders_by_month_customer_id_idx ATTACH PARTITION public.orders_2024_01_customer_id_idx;


--
-- Name: orders_2024_01_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.orders_by_month_pkey ATTACH PARTITION public.orders_2024_01_pkey;


--
-- Name: orders_2024_01_reference_ordered_on_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.orders_by_month_reference_ordered_on_key ATTACH PARTITION public.orders_2024_01_reference_ordered_on_key;


--
-- Name: orders_2024_02_customer_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.orders_by_month_customer_id_idx ATTACH PARTITION public.orders_2024_02_customer_id_idx;


--
-- Name: orders_2024_02_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.orders_by_month_pkey ATTACH PARTITION public.orders_2024_02_pkey;


--
-- Name: orders_2024_02_reference_ordered_on_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.orders_by_month_reference_ordered_on_key ATTACH PARTITION public.orders_2024_02_reference_ordered_on_key;


--
-- PostgreSQL database dump complete
--

\unrestrict UtMhu55T0eZnvxN1cQrW0Yq8rLhtLEDUPwT6hPFvMduykiKdufKiLCKiivYEPuc

