CREATE TABLE members ( -- @renamed from=users
    id integer PRIMARY KEY,
    full_name text NOT NULL, -- @renamed from=name
    email text
);
