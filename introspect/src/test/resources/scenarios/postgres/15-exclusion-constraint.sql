CREATE TABLE reservations (
    id integer PRIMARY KEY,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (during WITH &&)
);

CREATE TABLE rooms_booked (
    room_span int4range,
    CONSTRAINT no_overlap EXCLUDE USING gist (room_span WITH &&) DEFERRABLE
);
