-- PostgreSQL 15+: NULLS NOT DISTINCT on a unique index and a unique constraint.
CREATE UNIQUE INDEX plain_label_nnd ON public.plain (label) NULLS NOT DISTINCT;
ALTER TABLE public.plain ADD CONSTRAINT plain_id_label_key UNIQUE NULLS NOT DISTINCT (id, label) INCLUDE (extra);
