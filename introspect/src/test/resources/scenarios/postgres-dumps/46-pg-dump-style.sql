--
-- PostgreSQL database dump
--

\restrict YBE5gicSb8j1A4XayVJBjg225a6nPkqZWup9nd045eopabF8zdsjcbeFZ0ot1oN

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
-- Name: shop; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA shop;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: items; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.items (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric(10,2) DEFAULT 0 NOT NULL,
    CONSTRAINT items_price_check CHECK ((price >= (0)::numeric))
);


--
-- Name: TABLE items; Type: COMMENT; Schema: shop; Owner: -
--

COMMENT ON TABLE shop.items IS 'Things we sell';


--
-- Name: items_id_seq; Type: SEQUENCE; Schema: shop; Owner: -
--

CREATE SEQUENCE shop.items_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: items_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: -
--

ALTER SEQUENCE shop.items_id_seq OWNED BY shop.items.id;


--
-- Name: reviews; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.reviews (
    item_id integer NOT NULL,
    stars smallint NOT NULL,
    body text
);


--
-- Name: items id; Type: DEFAULT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.items ALTER COLUMN id SET DEFAULT nextval('shop.items_id_seq'::regclass);


--
-- Name: items items_name_key; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.items
    ADD CONSTRAINT items_name_key UNIQUE (name);


--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);


--
-- Name: reviews_item_id_idx; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX reviews_item_id_idx ON shop.reviews USING btree (item_id);


--
-- Name: reviews reviews_item_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.reviews
    ADD CONSTRAINT reviews_item_id_fkey FOREIGN KEY (item_id) REFERENCES shop.items(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict YBE5gicSb8j1A4XayVJBjg225a6nPkqZWup9nd045eopabF8zdsjcbeFZ0ot1oN

