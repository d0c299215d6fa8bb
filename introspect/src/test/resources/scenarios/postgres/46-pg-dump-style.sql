--
-- PostgreSQL database dump (pg_dump --schema-only style)
--

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;

CREATE SCHEMA shop;

CREATE TABLE shop.items (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric(10,2) DEFAULT 0 NOT NULL,
    CONSTRAINT items_price_check CHECK ((price >= (0)::numeric))
);

CREATE SEQUENCE shop.items_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE shop.items_id_seq OWNED BY shop.items.id;

CREATE TABLE shop.reviews (
    item_id integer NOT NULL,
    stars smallint NOT NULL,
    body text
);

ALTER TABLE ONLY shop.items ALTER COLUMN id SET DEFAULT nextval('shop.items_id_seq'::regclass);

ALTER TABLE ONLY shop.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);

ALTER TABLE ONLY shop.items
    ADD CONSTRAINT items_name_key UNIQUE (name);

CREATE INDEX reviews_item_id_idx ON shop.reviews USING btree (item_id);

ALTER TABLE ONLY shop.reviews
    ADD CONSTRAINT reviews_item_id_fkey FOREIGN KEY (item_id) REFERENCES shop.items(id) ON DELETE CASCADE;

COMMENT ON TABLE shop.items IS 'Things we sell';
