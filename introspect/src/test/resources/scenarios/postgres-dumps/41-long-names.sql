--
-- PostgreSQL database dump
--

\restrict Ey1g2DIqJRWZ7PeGXtFdbEx1ReeqkgOLiuS9Nf75csyCXorVv4O2WH30dI6W1qS

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
-- Name: a_rather_long_table_name_for_customer_account_settings_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.a_rather_long_table_name_for_customer_account_settings_history (
    identifier_of_the_customer_account_that_changed integer NOT NULL,
    setting_name_that_was_changed_by_the_operator text,
    previous_value_before_change text,
    CONSTRAINT a_rather_long_table_name_for_previous_value_before_change_check CHECK ((previous_value_before_change <> ''::text))
);


--
-- Name: a_rather_long_table_name_for_customer_account_settings_history a_rather_long_table_name_for__setting_name_that_was_changed_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.a_rather_long_table_name_for_customer_account_settings_history
    ADD CONSTRAINT a_rather_long_table_name_for__setting_name_that_was_changed_key UNIQUE (setting_name_that_was_changed_by_the_operator);


--
-- Name: a_rather_long_table_name_for_customer_account_settings_history a_rather_long_table_name_for_customer_account_settings_his_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.a_rather_long_table_name_for_customer_account_settings_history
    ADD CONSTRAINT a_rather_long_table_name_for_customer_account_settings_his_pkey PRIMARY KEY (identifier_of_the_customer_account_that_changed);


--
-- Name: a_rather_long_table_name_for__setting_name_that_was_changed_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX a_rather_long_table_name_for__setting_name_that_was_changed_idx ON public.a_rather_long_table_name_for_customer_account_settings_history USING btree (setting_name_that_was_changed_by_the_operator, previous_value_before_change);


--
-- PostgreSQL database dump complete
--

\unrestrict Ey1g2DIqJRWZ7PeGXtFdbEx1ReeqkgOLiuS9Nf75csyCXorVv4O2WH30dI6W1qS

