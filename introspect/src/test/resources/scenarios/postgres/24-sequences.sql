CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 1 CACHE 10;
CREATE SEQUENCE small_counter AS smallint MAXVALUE 1000 CYCLE;
CREATE SEQUENCE countdown INCREMENT BY -1;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('invoice_numbers')
);

ALTER SEQUENCE invoice_numbers OWNED BY invoices.number;
