--
-- PostgreSQL database dump
--

\restrict bhDbTXQPEblIKwCEEBuKnlzWdzb8w81SevtrH1xdmsBkzw2tBlaU4ZzaZxZlrZv

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
-- Name: Reporting; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA "Reporting";


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Monthly Report; Type: TABLE; Schema: Reporting; Owner: -
--

CREATE TABLE "Reporting"."Monthly Report" (
    "Id" integer NOT NULL,
    "Month" date NOT NULL,
    "totalAmount" numeric(12,2),
    lower_case_me text
);


--
-- Name: Monthly Report Monthly Report_pkey; Type: CONSTRAINT; Schema: Reporting; Owner: -
--

ALTER TABLE ONLY "Reporting"."Monthly Report"
    ADD CONSTRAINT "Monthly Report_pkey" PRIMARY KEY ("Id");


--
-- Name: Monthly_Month_idx; Type: INDEX; Schema: Reporting; Owner: -
--

CREATE INDEX "Monthly_Month_idx" ON "Reporting"."Monthly Report" USING btree ("Month");


--
-- PostgreSQL database dump complete
--

\unrestrict bhDbTXQPEblIKwCEEBuKnlzWdzb8w81SevtrH1xdmsBkzw2tBlaU4ZzaZxZlrZv

