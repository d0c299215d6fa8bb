-- Every object kind MySqlCatalogReaderIT checks; runs on MariaDB 10.11+/11.4 and MySQL 8.0.15+.
-- Written as sqldef users write it: dependencies first, trigger and routine bodies without DELIMITER.
CREATE TABLE users (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  email varchar(255) NOT NULL,
  name varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL COMMENT 'display name',
  status enum('active','Disabled') NOT NULL DEFAULT 'active',
  flags set('a','b','c') DEFAULT 'a,b',
  score decimal(10,2) NOT NULL DEFAULT 1.50,
  visits int NOT NULL DEFAULT 0,
  tiny tinyint(1) NOT NULL DEFAULT 1,
  bits bit(3) DEFAULT b'101',
  motto varchar(40) DEFAULT 'it''s \\ fine',
  nulltext varchar(20) DEFAULT 'NULL',
  born date DEFAULT '2000-01-01',
  doc json,
  bio text COLLATE utf8mb4_bin,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime(6) DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  email_lower varchar(255) AS (lower(email)) VIRTUAL,
  email_len int AS (char_length(email)) STORED,
  token char(36) DEFAULT (uuid()),
  PRIMARY KEY (id),
  UNIQUE KEY users_email (email),
  KEY users_name_created (name(10), created_at DESC),
  FULLTEXT KEY users_bio (bio),
  CONSTRAINT users_score_positive CHECK (score >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC COMMENT='people';

# A column-level CHECK: MariaDB names it after the column, MySQL 8.0.16+ orders_chk_1.
CREATE TABLE orders (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id bigint unsigned,
  total int CHECK (total > 0),
  KEY orders_total (total) COMMENT 'for reports',
  CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE events (
  id int NOT NULL,
  created date NOT NULL,
  PRIMARY KEY (id, created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  PARTITION BY RANGE (year(created)) (PARTITION p2020 VALUES LESS THAN (2021), PARTITION pmax VALUES LESS THAN MAXVALUE);

CREATE TABLE buckets (id int NOT NULL PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  PARTITION BY HASH (id) PARTITIONS 4;

CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW active_users AS
  SELECT id, email FROM users WHERE status = 'active' WITH CASCADED CHECK OPTION;

CREATE VIEW order_totals AS
  SELECT u.id, sum(o.total) AS total FROM users u JOIN orders o ON o.user_id = u.id GROUP BY u.id;

CREATE TRIGGER users_before_insert BEFORE INSERT ON users FOR EACH ROW
BEGIN
  SET NEW.email = lower(NEW.email);
  IF NEW.score < 0 THEN SET NEW.score = 0; END IF;
END;

CREATE TRIGGER orders_after_insert AFTER INSERT ON orders FOR EACH ROW SET @last_order = NEW.id;

CREATE FUNCTION add_one(x int) RETURNS int DETERMINISTIC COMMENT 'adds one' RETURN x + 1;

CREATE PROCEDURE touch_user(IN p_id bigint, OUT p_count int) MODIFIES SQL DATA
BEGIN
  UPDATE users SET visits = visits + 1 WHERE id = p_id;
  SELECT count(*) INTO p_count FROM users;
END;
