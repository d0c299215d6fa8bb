CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "C" NOT NULL,
    sort_key varchar(100) COLLATE "POSIX",
    plain text
);
