CREATE TABLE profiles (
    id integer PRIMARY KEY,
    nicknames varchar(30)[] NOT NULL DEFAULT ARRAY[]::varchar(30)[],
    scores integer[][],
    settings json,
    preferences jsonb NOT NULL DEFAULT jsonb_build_object('theme', 'dark')
);

CREATE INDEX profiles_theme_idx ON profiles ((preferences ->> 'theme'));
