CREATE SCHEMA crm;
COMMENT ON SCHEMA crm IS 'Customer relationship data';

CREATE TYPE crm.stage AS ENUM ('lead', 'customer');
COMMENT ON TYPE crm.stage IS 'Funnel stage';

CREATE TABLE crm.contacts (
    id integer CONSTRAINT contacts_pk PRIMARY KEY,
    name text NOT NULL,
    stage crm.stage NOT NULL,
    score integer CHECK (score BETWEEN 0 AND 100)
);
COMMENT ON TABLE crm.contacts IS 'People we talk to';
COMMENT ON COLUMN crm.contacts.name IS 'Full name';
COMMENT ON CONSTRAINT contacts_pk ON crm.contacts IS 'Surrogate key';
COMMENT ON CONSTRAINT contacts_score_check ON crm.contacts IS 'Score is a percentage';

CREATE INDEX contacts_name_idx ON crm.contacts (name);
COMMENT ON INDEX crm.contacts_name_idx IS 'Lookup by name';

CREATE SEQUENCE crm.ticket_seq;
COMMENT ON SEQUENCE crm.ticket_seq IS 'Ticket numbers';

CREATE VIEW crm.customers AS SELECT id, name FROM crm.contacts WHERE stage = 'customer';
COMMENT ON VIEW crm.customers IS 'Converted contacts';

CREATE FUNCTION crm.score_band(score integer) RETURNS text LANGUAGE sql AS $$ SELECT CASE WHEN score > 50 THEN 'high' ELSE 'low' END $$;
COMMENT ON FUNCTION crm.score_band(integer) IS 'High or low';
