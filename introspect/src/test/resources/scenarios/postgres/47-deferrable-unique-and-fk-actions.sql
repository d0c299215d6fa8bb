CREATE TABLE slots (
    id integer PRIMARY KEY,
    position integer NOT NULL,
    CONSTRAINT slots_position_key UNIQUE (position) DEFERRABLE INITIALLY IMMEDIATE
);

CREATE TABLE slot_notes (
    slot_id integer REFERENCES slots ON DELETE SET DEFAULT ON UPDATE RESTRICT DEFAULT 0,
    note text
);
