--
-- PostgreSQL database dump
--

\restrict ZT2ZttRTqxoPnVDlVYUzShge4e1VU9sn126lk34R8XiAzM8aJtbPfmXycw9wOSN

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
-- Name: audit; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA audit;


--
-- Name: billing; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA billing;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: entries; Type: TABLE; Schema: audit; Owner: -
--

CREATE TABLE audit.entries (
    id bigint NOT NULL,
    subscription_id integer,
    at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: entries_id_seq; Type: SEQUENCE; Schema: audit; Owner: -
--

ALTER TABLE audit.entries ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME audit.entries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: plans; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.plans (
    id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: subscriptions; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.subscriptions (
    id integer NOT NULL,
    plan_id integer NOT NULL
);


--
-- Name: subscriptions_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

CREATE SEQUENCE billing.subscriptions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: subscriptions_id_seq; Type: SEQUENCE OWNED BY; Schema: billing; Owner: -
--

ALTER SEQUENCE billing.subscriptions_id_seq OWNED BY billing.subscriptions.id;


--
-- Name: subscriptions id; Type: DEFAULT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.subscriptions ALTER COLUMN id SET DEFAULT nextval('billing.subscriptions_id_seq'::regclass);


--
-- Name: entries entries_pkey; Type: CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.entries
    ADD CONSTRAINT entries_pkey PRIMARY KEY (id);


--
-- Name: plans plans_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.plans
    ADD CONSTRAINT plans_pkey PRIMARY KEY (id);


--
-- Name: subscriptions subscriptions_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.subscriptions
    ADD CONSTRAINT subscriptions_pkey PRIMARY KEY (id);


--
-- Name: subscriptions_plan_id_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX subscriptions_plan_id_idx ON billing.subscriptions USING btree (plan_id);


--
-- Name: entries entries_subscription_id_fkey; Type: FK CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.entries
    ADD CONSTRAINT entries_subscription_id_fkey FOREIGN KEY (subscription_id) REFERENCES billing.subscriptions(id);


--
-- Name: subscriptions subscriptions_plan_id_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.subscriptions
    ADD CONSTRAINT subscriptions_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES billing.plans(id);


--
-- PostgreSQL database dump complete
--

\unrestrict ZT2ZttRTqxoPnVDlVYUzShge4e1VU9sn126lk34R8XiAzM8aJtbPfmXycw9wOSN

