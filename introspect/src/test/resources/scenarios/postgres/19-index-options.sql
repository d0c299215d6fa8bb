CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL,
    created_at timestamptz NOT NULL,
    score numeric,
    owner text
);

CREATE INDEX documents_recent ON documents (created_at DESC NULLS LAST, id) INCLUDE (score);
CREATE INDEX documents_title_pattern ON documents (title text_pattern_ops);
CREATE INDEX documents_title_c ON documents (title COLLATE "C");
CREATE INDEX documents_score ON documents (score ASC NULLS FIRST) WITH (fillfactor = 70);
