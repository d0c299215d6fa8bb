CREATE SCHEMA "Reporting";

CREATE TABLE "Reporting"."Monthly Report" (
    "Id" integer PRIMARY KEY,
    "Month" date NOT NULL,
    "totalAmount" numeric(12, 2),
    Lower_Case_Me text
);

CREATE INDEX "Monthly_Month_idx" ON "Reporting"."Monthly Report" ("Month");
