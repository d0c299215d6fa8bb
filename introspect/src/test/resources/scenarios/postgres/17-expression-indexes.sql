CREATE TABLE people (
    id integer PRIMARY KEY,
    email text NOT NULL,
    first_name text,
    last_name text
);

CREATE UNIQUE INDEX people_email_lower ON people (lower(email));
CREATE INDEX ON people ((lower(last_name)));
CREATE INDEX ON people ((first_name || ' ' || last_name));
