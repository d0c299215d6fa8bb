-- Implicit names are truncated to 63 bytes the way PostgreSQL does.
CREATE TABLE a_rather_long_table_name_for_customer_account_settings_history (
    identifier_of_the_customer_account_that_changed integer PRIMARY KEY,
    setting_name_that_was_changed_by_the_operator text UNIQUE,
    previous_value_before_change text CHECK (previous_value_before_change <> '')
);

CREATE INDEX ON a_rather_long_table_name_for_customer_account_settings_history (setting_name_that_was_changed_by_the_operator, previous_value_before_change);
