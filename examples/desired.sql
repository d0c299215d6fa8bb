-- The schema we want: Slipway plans how to get there without blocking the site.
CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE public.customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(200) NOT NULL,                 -- widened: no rewrite
  full_name text,  -- @renamed from=name
  CONSTRAINT customers_email_key UNIQUE (email)
);

CREATE TABLE public.orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES public.customers (id),
  total numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0),
  status public.order_status NOT NULL DEFAULT 'new',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX orders_customer_id_idx ON public.orders (customer_id);
CREATE INDEX orders_created_at_idx ON public.orders (created_at DESC) WHERE status <> 'shipped';
