CREATE TABLE readings (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    reading numeric NOT NULL
) PARTITION BY RANGE (taken_on);

CREATE TABLE readings_2024 (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    reading numeric NOT NULL
);

ALTER TABLE ONLY readings ATTACH PARTITION readings_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
