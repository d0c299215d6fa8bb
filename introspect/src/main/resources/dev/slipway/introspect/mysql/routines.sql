-- readRoutines: stored functions and procedures with their characteristics
SELECT ROUTINE_NAME AS name, ROUTINE_TYPE AS kind, DTD_IDENTIFIER AS returns, ROUTINE_BODY AS language,
       ROUTINE_DEFINITION AS body, IS_DETERMINISTIC AS is_deterministic, SQL_DATA_ACCESS AS data_access,
       SECURITY_TYPE AS security, ROUTINE_COMMENT AS comment
FROM information_schema.ROUTINES
WHERE ROUTINE_SCHEMA = DATABASE() AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')
