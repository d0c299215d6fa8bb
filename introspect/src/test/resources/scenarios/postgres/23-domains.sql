CREATE DOMAIN email AS text CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE DOMAIN positive_int AS integer NOT NULL DEFAULT 1 CONSTRAINT positive_int_positive CHECK (VALUE > 0);
CREATE DOMAIN short_code AS varchar(8) COLLATE "C";

CREATE TABLE subscribers (
    id integer PRIMARY KEY,
    address email NOT NULL,
    seats positive_int,
    code short_code
);
