--
-- PostgreSQL database dump
--

\restrict coa1igvta3iZkhb8cLurU1I15HjpifVQzcTglUSX2zXbEbYBNZ0MFUiSPW8kUhj

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
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: order_state; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.order_state AS ENUM (
    'cart',
    'placed',
    'paid',
    'shipped',
    'refunded'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customers (
    id bigint NOT NULL,
    email text NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;


--
-- Name: order_lines; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_lines (
    order_id uuid NOT NULL,
    line_no integer NOT NULL,
    product_id bigint NOT NULL,
    quantity integer NOT NULL,
    unit_cents integer NOT NULL,
    line_cents integer GENERATED ALWAYS AS ((quantity * unit_cents)) STORED,
    CONSTRAINT order_lines_quantity_check CHECK ((quantity > 0))
);


--
-- Name: orders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orders (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    customer_id bigint NOT NULL,
    state public.order_state DEFAULT 'cart'::public.order_state NOT NULL,
    placed_at timestamp with time zone,
    total_cents integer DEFAULT 0 NOT NULL,
    CONSTRAINT orders_placed_when_not_cart CHECK (((state = 'cart'::public.order_state) OR (placed_at IS NOT NULL)))
);


--
-- Name: TABLE orders; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.orders IS 'One row per checkout';


--
-- Name: COLUMN orders.total_cents; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.orders.total_cents IS 'Denormalised total';


--
-- Name: order_totals; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.order_totals AS
 SELECT o.id,
    o.customer_id,
    sum(l.line_cents) AS total
   FROM (public.orders o
     JOIN public.order_lines l ON ((l.order_id = o.id)))
  GROUP BY o.id, o.customer_id;


--
-- Name: products; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.products (
    id bigint NOT NULL,
    sku character varying(32) NOT NULL,
    title text NOT NULL,
    price_cents integer NOT NULL,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    CONSTRAINT products_price_cents_check CHECK ((price_cents >= 0))
);


--
-- Name: products_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.products ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.products_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customers id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: order_lines order_lines_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- Name: products products_sku_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_sku_key UNIQUE (sku);


--
-- Name: customers_email_lower_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX customers_email_lower_idx ON public.customers USING btree (lower(email));


--
-- Name: order_lines_product_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX order_lines_product_id_idx ON public.order_lines USING btree (product_id);


--
-- Name: orders_customer_id_placed_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_customer_id_placed_at_idx ON public.orders USING btree (customer_id, placed_at DESC);


--
-- Name: products_active_title_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX products_active_title_idx ON public.products USING btree (title) WHERE (NOT archived);


--
-- Name: products_attributes_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX products_attributes_idx ON public.products USING gin (attributes);


--
-- Name: order_lines order_lines_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;


--
-- Name: order_lines order_lines_product_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--

\unrestrict coa1igvta3iZkhb8cLurU1I15HjpifVQzcTglUSX2zXbEbYBNZ0MFUiSPW8kUhj

