CREATE TYPE address AS (
    street text,
    city text,
    zip varchar(10)
);

CREATE TYPE money_amount AS (amount numeric(12, 2), currency char(3));

CREATE TABLE offices (
    id integer PRIMARY KEY,
    location address,
    budget money_amount
);
