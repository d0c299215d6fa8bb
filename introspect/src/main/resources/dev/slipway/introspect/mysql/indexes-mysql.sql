-- readIndexes: every key part of every index, with MySQL 8's functional key parts
SELECT TABLE_NAME AS table_name, INDEX_NAME AS name, NON_UNIQUE AS non_unique, COLUMN_NAME AS column_name,
       EXPRESSION AS expression, COLLATION AS collation, SUB_PART AS sub_part, INDEX_TYPE AS index_type,
       INDEX_COMMENT AS comment
FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA = DATABASE()
ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
