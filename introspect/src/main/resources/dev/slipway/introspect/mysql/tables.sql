-- readTables: base tables with their options and size estimates
SELECT TABLE_NAME AS name, ENGINE AS engine, TABLE_COLLATION AS collation, CREATE_OPTIONS AS options,
       TABLE_COMMENT AS comment, TABLE_ROWS AS est_rows, DATA_LENGTH + INDEX_LENGTH AS est_bytes
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
