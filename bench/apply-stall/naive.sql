-- The same change as plain DDL, each statement in its own (autocommit) transaction, as psql -f runs it.
\timing on
CREATE INDEX orders_customer_id_idx ON public.orders (customer_id);
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);
ALTER TABLE public.orders ALTER COLUMN amount SET NOT NULL;
