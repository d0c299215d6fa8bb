-- serial types create an owned sequence and a nextval default.
CREATE TABLE tickets (
    id serial PRIMARY KEY,
    big_id bigserial,
    small_id smallserial,
    title text NOT NULL
);
