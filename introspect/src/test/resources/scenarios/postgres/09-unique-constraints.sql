CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text UNIQUE,
    username text NOT NULL,
    tenant_id integer NOT NULL,
    slug text,
    CONSTRAINT accounts_username_uq UNIQUE (username),
    UNIQUE (tenant_id, slug),
    UNIQUE (tenant_id, email) DEFERRABLE INITIALLY DEFERRED
);
