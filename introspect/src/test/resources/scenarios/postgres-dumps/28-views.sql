--
-- PostgreSQL database dump
--

\restrict no8gU86ToVYrsBs3df5XIOSIvwfvAmiFeBW2PGVO9QJwng1mOwnTBjJ5J3h48kV

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
-- Name: employees; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.employees (
    id integer NOT NULL,
    name text NOT NULL,
    department text NOT NULL,
    salary numeric(10,2) NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: active_employees; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.active_employees AS
 SELECT employees.id,
    employees.name,
    employees.department
   FROM public.employees
  WHERE employees.active;


--
-- Name: department_totals; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.department_totals AS
 SELECT employees.department,
    count(*) AS headcount,
    sum(employees.salary) AS payroll
   FROM public.employees
  GROUP BY employees.department;


--
-- Name: engineering; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.engineering WITH (security_barrier='true') AS
 SELECT employees.id,
    employees.name
   FROM public.employees
  WHERE (employees.department = 'engineering'::text)
  WITH LOCAL CHECK OPTION;


--
-- Name: employees employees_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.employees
    ADD CONSTRAINT employees_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict no8gU86ToVYrsBs3df5XIOSIvwfvAmiFeBW2PGVO9QJwng1mOwnTBjJ5J3h48kV

