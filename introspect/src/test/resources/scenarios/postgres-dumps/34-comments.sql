--
-- PostgreSQL database dump
--

\restrict sTEEtn9hDcppdTikag0cB0XGLvFLqIgUvXsqvRyHXERLweRjNmG7WLfXfm0CC7N

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
-- Name: crm; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA crm;


--
-- Name: SCHEMA crm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA crm IS 'Customer relationship data';


--
-- Name: stage; Type: TYPE; Schema: crm; Owner: -
--

CREATE TYPE crm.stage AS ENUM (
    'lead',
    'customer'
);


--
-- Name: TYPE stage; Type: COMMENT; Schema: crm; Owner: -
--

COMMENT ON TYPE crm.stage IS 'Funnel stage';


--
-- Name: score_band(integer); Type: FUNCTION; Schema: crm; Owner: -
--

CREATE FUNCTION crm.score_band(score integer) RETURNS text
    LANGUAGE sql
    AS $$ SELECT CASE WHEN score > 50 THEN 'high' ELSE 'low' END $$;


--
-- Name: FUNCTION score_band(score integer); Type: COMMENT; Schema: crm; Owner: -
--

COMMENT ON FUNCTION crm.score_band(score integer) IS 'High or low';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: contacts; Type: TABLE; Schema: crm; Owner: -
--

CREATE TABLE crm.contacts (
    id integer NOT NULL,
    name text NOT NULL,
    stage crm.stage NOT NULL,
    score integer,
    CONSTRAINT contacts_score_check CHECK (((score >= 0) AND (score <= 100)))
);


--
-- Name: TABLE contacts; Type: COMMENT; Schema: crm; Owner: -
--

COMMENT ON TABLE crm.contacts IS 'People we talk to';


--
-- Name: COLUMN contacts.name; Type: COMMENT; Schema: crm; Owner: -
--

COMMENT ON COLUMN crm.contacts.name IS 'Full name';


--
-- Name: CONSTRAINT contacts_score_check ON contacts; Type: COMMENT; Schema: crm; Owner: -
--

COMMENT ON CONSTRAINT contacts_score_check ON crm.contacts IS 'Score is a percentage';


--
-- Name: customers; Type: VIEW; Schema: crm; Owner: -
--

CREATE VIEW crm.customers AS
 SELECT contacts.id,
    contacts.name
   FROM crm.contacts
  WHERE (contacts.stage = 'customer'::crm.stage);


--
-- Name: VIEW customers; Type: COMMENT; Schema: crm; Owner: -
--

COMMENT ON VIEW crm.customers IS 'Converted contacts';


--
-- Name: ticket_seq; Type: SEQUENCE; Schema: crm; Owner: -
--

CREATE SEQUENCE crm.ticket_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: SEQUENCE ticket_seq; Type: COMMENT; Schema: crm; Owner: -
--

COMMENT ON SEQUENCE crm.ticket_seq IS 'Ticket numbers';


--
-- Name: contacts contacts_pk; Type: CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.contacts
    ADD CONSTRAINT contacts_pk PRIMARY KEY (id);


--
-- Name: CONSTRAINT contacts_pk ON contacts; Type: COMMENT; Schema: crm; Owner: -
--

COMMENT ON CONSTRAINT contacts_pk ON crm.contacts IS 'Surrogate key';


--
-- Name: contacts_name_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX contacts_name_idx ON crm.contacts USING btree (name);


--
-- Name: INDEX contacts_name_idx; Type: COMMENT; Schema: crm; Owner: -
--

COMMENT ON INDEX crm.contacts_name_idx IS 'Lookup by name';


--
-- PostgreSQL database dump complete
--

\unrestrict sTEEtn9hDcppdTikag0cB0XGLvFLqIgUvXsqvRyHXERLweRjNmG7WLfXfm0CC7N

