-- readViews: view queries and options
SELECT TABLE_NAME AS name, VIEW_DEFINITION AS definition, CHECK_OPTION AS check_option,
       SECURITY_TYPE AS security, ALGORITHM AS algorithm
FROM information_schema.VIEWS
WHERE TABLE_SCHEMA = DATABASE()
