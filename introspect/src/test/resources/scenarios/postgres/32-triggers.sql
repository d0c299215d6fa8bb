CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER notes_set_updated_at BEFORE UPDATE ON notes
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TRIGGER notes_touch_body BEFORE INSERT OR UPDATE OF body ON notes
    FOR EACH ROW WHEN (NEW.body IS NOT NULL) EXECUTE PROCEDURE set_updated_at();
