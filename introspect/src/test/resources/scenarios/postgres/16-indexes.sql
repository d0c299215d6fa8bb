CREATE TABLE articles (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    title text NOT NULL,
    published_at timestamptz,
    slug text NOT NULL
);

CREATE INDEX articles_author_idx ON articles (author_id);
CREATE INDEX ON articles (published_at);
CREATE INDEX ON articles (author_id, published_at);
CREATE UNIQUE INDEX articles_slug_uidx ON articles (slug);
CREATE INDEX articles_title_hash ON articles USING hash (title);
