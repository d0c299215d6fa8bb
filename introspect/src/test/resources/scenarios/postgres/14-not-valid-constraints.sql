CREATE TABLE parents (id integer PRIMARY KEY);

CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_id integer,
    age integer
);

ALTER TABLE children ADD CONSTRAINT children_parent_fk FOREIGN KEY (parent_id) REFERENCES parents (id) NOT VALID;
ALTER TABLE children ADD CONSTRAINT children_age_ck CHECK (age >= 0) NOT VALID;
