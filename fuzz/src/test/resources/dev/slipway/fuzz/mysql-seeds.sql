-- seed --
CREATE TABLE users (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  email varchar(255) NOT NULL,
  name varchar(100) DEFAULT NULL COMMENT 'display name',
  status enum('active','disabled') NOT NULL DEFAULT 'active',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY users_email (email),
  KEY users_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- seed --
CREATE TABLE accounts (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(40) NOT NULL DEFAULT 'it''s'
);
CREATE TABLE members (
  id int NOT NULL PRIMARY KEY,
  account_id int NOT NULL, -- @renamed from=acct_id
  score decimal(10,2) NOT NULL DEFAULT 1.50,
  KEY members_account (account_id),
  CONSTRAINT members_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
-- seed --
CREATE TABLE `order lines` (
  `id` int NOT NULL,
  `qty` smallint NOT NULL DEFAULT 1,
  `note` text,
  `updated` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
);
CREATE VIEW big_lines AS SELECT `id`, `qty` FROM `order lines` WHERE `qty` > 10;
-- seed --
CREATE TABLE t1 (id int PRIMARY KEY, flags set('a','b','c') DEFAULT 'a,b', tiny tinyint(1) NOT NULL DEFAULT 0);
CREATE TABLE t2 (id int PRIMARY KEY, t1_id int, FOREIGN KEY (t1_id) REFERENCES t1 (id));
CREATE INDEX t2_t1 ON t2 (t1_id);
-- seed --
CREATE TABLE audit (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, msg varchar(200) NOT NULL);
CREATE TABLE items (id int NOT NULL PRIMARY KEY, price int NOT NULL DEFAULT 0);
CREATE TRIGGER items_ai AFTER INSERT ON items FOR EACH ROW
BEGIN
  INSERT INTO audit (msg) VALUES (CONCAT('item ', NEW.id));
END;
-- seed --
CREATE TABLE docs ( # @renamed from=documents
  id int NOT NULL PRIMARY KEY, -- @renamed from=doc_id
  body text NOT NULL,
  body_len int AS (char_length(body)) STORED,
  FULLTEXT KEY docs_body (body)
) ENGINE=InnoDB;
