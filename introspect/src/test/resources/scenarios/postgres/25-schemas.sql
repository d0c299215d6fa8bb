CREATE SCHEMA billing;
CREATE SCHEMA audit;

CREATE TABLE billing.plans (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE billing.subscriptions (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES billing.plans (id)
);

CREATE TABLE audit.entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id integer REFERENCES billing.subscriptions (id),
    at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX ON billing.subscriptions (plan_id);
