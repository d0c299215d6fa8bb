-- readViews: view queries and options (MySQL's VIEWS has no ALGORITHM column)
SELECT TABLE_NAME AS name, VIEW_DEFINITION AS definition, CHECK_OPTION AS check_option,
       SECURITY_TYPE AS security, NULL AS algorithm
FROM information_schema.VIEWS
WHERE TABLE_SCHEMA = DATABASE()
