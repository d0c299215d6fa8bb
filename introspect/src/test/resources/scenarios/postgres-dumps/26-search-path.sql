--
-- PostgreSQL database dump
--

\restrict N7r4piNjmgwWT4KPzEF9FHYsoQbGBa48YoYZjiIOwJu5eiaTmtylA0UhTxnHSVW

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
-- Name: inventory; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA inventory;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: stock; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.stock (
    warehouse_id integer NOT NULL,
    sku text NOT NULL,
    quantity integer DEFAULT 0 NOT NULL,
    CONSTRAINT stock_quantity_check CHECK ((quantity >= 0))
);


--
-- Name: warehouses; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.warehouses (
    id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: warehouses_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

CREATE SEQUENCE inventory.warehouses_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: warehouses_id_seq; Type: SEQUENCE OWNED BY; Schema: inventory; Owner: -
--

ALTER SEQUENCE inventory.warehouses_id_seq OWNED BY inventory.warehouses.id;


--
-- Name: warehouses id; Type: DEFAULT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.warehouses ALTER COLUMN id SET DEFAULT nextval('inventory.warehouses_id_seq'::regclass);


--
-- Name: stock stock_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock
    ADD CONSTRAINT stock_pkey PRIMARY KEY (warehouse_id, sku);


--
-- Name: warehouses warehouses_name_key; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.warehouses
    ADD CONSTRAINT warehouses_name_key UNIQUE (name);


--
-- Name: warehouses warehouses_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.warehouses
    ADD CONSTRAINT warehouses_pkey PRIMARY KEY (id);


--
-- Name: stock_sku_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_sku_idx ON inventory.stock USING btree (sku);


--
-- Name: stock stock_warehouse_id_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock
    ADD CONSTRAINT stock_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES inventory.warehouses(id);


--
-- PostgreSQL database dump complete
--

\unrestrict N7r4piNjmgwWT4KPzEF9FHYsoQbGBa48YoYZjiIOwJu5eiaTmtylA0UhTxnHSVW

