-- readParameters: routine parameters in declared order (position 0 is a function's return value)
SELECT SPECIFIC_NAME AS routine_name, ROUTINE_TYPE AS kind, PARAMETER_MODE AS mode,
       PARAMETER_NAME AS name, DTD_IDENTIFIER AS type
FROM information_schema.PARAMETERS
WHERE SPECIFIC_SCHEMA = DATABASE() AND ORDINAL_POSITION > 0
ORDER BY SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION
