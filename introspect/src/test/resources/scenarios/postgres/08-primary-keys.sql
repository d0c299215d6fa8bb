CREATE TABLE single_pk (id integer PRIMARY KEY);

CREATE TABLE composite_pk (
    tenant_id integer,
    item_id integer,
    name text,
    PRIMARY KEY (tenant_id, item_id)
);

CREATE TABLE named_pk (
    code text,
    CONSTRAINT named_pk_code_pk PRIMARY KEY (code)
);

CREATE TABLE pk_include (
    id integer,
    version integer,
    PRIMARY KEY (id) INCLUDE (version)
);
