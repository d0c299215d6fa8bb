-- A schema with every object kind the PostgreSQL catalog reader knows (works on PostgreSQL 13+).
CREATE EXTENSION citext;
CREATE EXTENSION btree_gist;
-- Installs views (and functions) into public that belong to the extension, not to the schema.
CREATE EXTENSION pg_stat_statements;

CREATE SCHEMA "App";
COMMENT ON SCHEMA "App" IS 'application schema';

CREATE TYPE "App".mood AS ENUM ('sad', 'ok', 'happy');
ALTER TYPE "App".mood ADD VALUE 'meh' BEFORE 'ok';
COMMENT ON TYPE "App".mood IS 'how it went';
CREATE DOMAIN "App".positive_int AS integer DEFAULT 1 NOT NULL
  CONSTRAINT positive_int_check CHECK (VALUE > 0) CONSTRAINT small CHECK (VALUE < 1000000);
COMMENT ON DOMAIN "App".positive_int IS 'strictly positive';
CREATE TYPE "App".address AS (street text, zip varchar(10) COLLATE "C", "Country" char(2));
COMMENT ON TYPE "App".address IS 'postal address';

CREATE TABLE "App".users (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5 CACHE 10),
  email citext NOT NULL,
  "Display Name" varchar(80) COLLATE "C" DEFAULT 'anon'::character varying,
  mood "App".mood DEFAULT 'ok',
  score "App".positive_int,
  home "App".address,
  tags text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  email_lower text GENERATED ALWAYS AS (lower(email::text)) STORED,
  CONSTRAINT users_pkey PRIMARY KEY (id),
  CONSTRAINT users_email_key UNIQUE (email) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT users_created_check CHECK (created_at > '2000-01-01'::timestamptz)
);
ALTER TABLE "App".users DROP COLUMN tags;
ALTER TABLE "App".users ADD COLUMN tags text[] NOT NULL DEFAULT '{}';
COMMENT ON TABLE "App".users IS 'people';
COMMENT ON COLUMN "App".users."Display Name" IS 'shown in the UI';
COMMENT ON CONSTRAINT users_pkey ON "App".users IS 'the key';
ALTER TABLE "App".users ENABLE ROW LEVEL SECURITY;
ALTER TABLE "App".users FORCE ROW LEVEL SECURITY;
CREATE POLICY users_self ON "App".users FOR SELECT TO PUBLIC USING (email = current_user::text);
CREATE POLICY users_insert ON "App".users AS RESTRICTIVE FOR INSERT TO postgres WITH CHECK (score > 0);
COMMENT ON POLICY users_self ON "App".users IS 'see yourself';

CREATE INDEX users_lower_email_idx ON "App".users (lower(email::text) text_pattern_ops);
CREATE INDEX users_name_idx ON "App".users ("Display Name" COLLATE "POSIX" DESC NULLS FIRST, created_at NULLS FIRST)
  INCLUDE (mood) WHERE score IS NOT NULL;
CREATE INDEX users_tags_gin ON "App".users USING gin (tags);
CREATE INDEX users_email_hash ON "App".users USING hash (email);
CREATE UNIQUE INDEX users_created_uniq ON "App".users (created_at) WITH (fillfactor = 70);
COMMENT ON INDEX "App".users_tags_gin IS 'tag search';

CREATE TABLE "App"."Event Log" (
  "ID" serial PRIMARY KEY,
  user_id bigint,
  kind text NOT NULL,
  during tstzrange,
  room int,
  payload jsonb,
  CONSTRAINT "Event Log_user_fk" FOREIGN KEY (user_id) REFERENCES "App".users (id)
    ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
  CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);
ALTER TABLE "App"."Event Log" ADD CONSTRAINT kind_check CHECK (kind <> '') NOT VALID;
CREATE INDEX "Event Log_during_idx" ON "App"."Event Log" USING gist (during);
ALTER TABLE "App"."Event Log" SET (fillfactor = 80, autovacuum_enabled = false);
ALTER TABLE "App"."Event Log" REPLICA IDENTITY FULL;

CREATE TABLE "App".audit (
  event_id int,
  note text,
  note_ts timestamptz
);
-- NOT VALID only sticks when added to an existing table (CREATE TABLE marks it valid at once).
ALTER TABLE "App".audit ADD CONSTRAINT audit_event_fk FOREIGN KEY (event_id) REFERENCES "App"."Event Log" ("ID")
  MATCH FULL ON DELETE RESTRICT NOT VALID;
CREATE UNLOGGED TABLE "App".scratch (k text);

CREATE SEQUENCE "App".invoice_no AS integer START 1000 INCREMENT 10 MINVALUE 1000 MAXVALUE 999999 CACHE 5 CYCLE;
COMMENT ON SEQUENCE "App".invoice_no IS 'invoice numbers';
CREATE SEQUENCE "App".free_seq;

CREATE TABLE "App".measurements (
  id bigint NOT NULL,
  taken_on date NOT NULL,
  region text NOT NULL,
  value numeric(10,2),
  PRIMARY KEY (id, taken_on)
) PARTITION BY RANGE (taken_on);
CREATE INDEX measurements_region_idx ON "App".measurements (region);
CREATE TABLE "App".measurements_2024 PARTITION OF "App".measurements
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "App".measurements_rest PARTITION OF "App".measurements DEFAULT;
CREATE INDEX measurements_2024_value_idx ON "App".measurements_2024 (value);

CREATE TABLE "App".by_region (region text NOT NULL, n int CHECK (n >= 0)) PARTITION BY LIST (region);
CREATE TABLE "App".by_region_eu PARTITION OF "App".by_region FOR VALUES IN ('de', 'fr');
CREATE TABLE "App".by_expr (a text, b int) PARTITION BY RANGE (lower(a), b);

CREATE FUNCTION "App".add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
COMMENT ON FUNCTION "App".add_one(integer) IS 'adds one';
CREATE FUNCTION "App".touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_at := now();
  RETURN NEW;
END
$$;
CREATE PROCEDURE "App".purge(days int DEFAULT 30) LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "App".audit WHERE event_id < days;
END
$$;
CREATE AGGREGATE "App".my_sum(int) (SFUNC = int4pl, STYPE = int);

CREATE TRIGGER users_touch BEFORE UPDATE ON "App".users FOR EACH ROW
  WHEN (OLD.email IS DISTINCT FROM NEW.email) EXECUTE FUNCTION "App".touch();
COMMENT ON TRIGGER users_touch ON "App".users IS 'refresh timestamp';
CREATE TRIGGER audit_touch AFTER INSERT ON "App".audit FOR EACH STATEMENT EXECUTE FUNCTION "App".touch();
ALTER TABLE "App".audit DISABLE TRIGGER audit_touch;

CREATE VIEW "App".active_users AS SELECT id, email FROM "App".users WHERE score > 0;
COMMENT ON VIEW "App".active_users IS 'scored users';
CREATE VIEW "App".active_emails WITH (security_barrier = true) AS SELECT email FROM "App".active_users;
CREATE MATERIALIZED VIEW "App".event_counts AS
  SELECT user_id, count(*) AS n FROM "App"."Event Log" GROUP BY user_id WITH NO DATA;
CREATE UNIQUE INDEX event_counts_user_idx ON "App".event_counts (user_id);
COMMENT ON MATERIALIZED VIEW "App".event_counts IS 'per user';

CREATE TABLE public.plain (id int PRIMARY KEY, label text, extra int);

-- Identity on a partitioned table: on 17+ the partition's column is an identity column as well.
CREATE TABLE "App".tickets (id bigint GENERATED BY DEFAULT AS IDENTITY, opened date NOT NULL)
  PARTITION BY RANGE (opened);
CREATE TABLE "App".tickets_2024 PARTITION OF "App".tickets FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
