CREATE TABLE tenant_data (
    id bigint PRIMARY KEY,
    tenant_id integer NOT NULL,
    secret text
);

ALTER TABLE tenant_data ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_data FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON tenant_data
    USING (tenant_id = current_setting('app.tenant_id')::integer);

CREATE POLICY tenant_insert ON tenant_data FOR INSERT TO PUBLIC
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::integer);

CREATE POLICY no_deletes ON tenant_data AS RESTRICTIVE FOR DELETE
    USING (false);
