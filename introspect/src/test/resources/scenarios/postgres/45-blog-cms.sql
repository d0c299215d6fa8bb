CREATE TYPE post_status AS ENUM ('draft', 'published', 'archived');

CREATE TABLE authors (
    id serial PRIMARY KEY,
    handle varchar(40) NOT NULL UNIQUE,
    bio text
);

CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors ON DELETE CASCADE,
    title text NOT NULL,
    slug text NOT NULL,
    status post_status NOT NULL DEFAULT 'draft',
    body text NOT NULL DEFAULT '',
    search tsvector,
    published_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (author_id, slug),
    CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX posts_search_idx ON posts USING gin (search);
CREATE INDEX posts_published_idx ON posts (published_at DESC) WHERE status = 'published';

CREATE TABLE tags (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE post_tags (
    post_id integer NOT NULL REFERENCES posts ON DELETE CASCADE,
    tag_id integer NOT NULL REFERENCES tags ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);

CREATE FUNCTION posts_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    NEW.search := to_tsvector('english', NEW.title || ' ' || NEW.body);
    RETURN NEW;
END;
$$;

CREATE TRIGGER posts_touch BEFORE INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION posts_touch();

CREATE MATERIALIZED VIEW tag_counts AS
    SELECT t.name, count(*) AS posts
    FROM tags t JOIN post_tags pt ON pt.tag_id = t.id
    GROUP BY t.name;
CREATE UNIQUE INDEX ON tag_counts (name);
