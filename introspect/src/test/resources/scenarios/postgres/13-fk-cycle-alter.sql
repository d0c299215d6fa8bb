-- Two tables that reference each other: the second FK is added afterwards.
CREATE TABLE teams (
    id integer PRIMARY KEY,
    captain_id integer
);

CREATE TABLE players (
    id integer PRIMARY KEY,
    team_id integer REFERENCES teams (id)
);

ALTER TABLE teams ADD CONSTRAINT teams_captain_fk FOREIGN KEY (captain_id) REFERENCES players (id);
