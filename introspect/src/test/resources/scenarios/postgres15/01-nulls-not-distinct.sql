-- NULLS NOT DISTINCT arrived in PostgreSQL 15.
CREATE TABLE devices (
    id integer PRIMARY KEY,
    serial text,
    vendor text,
    CONSTRAINT devices_serial_key UNIQUE NULLS NOT DISTINCT (serial)
);

CREATE UNIQUE INDEX devices_vendor_serial ON devices (vendor, serial) NULLS NOT DISTINCT;
