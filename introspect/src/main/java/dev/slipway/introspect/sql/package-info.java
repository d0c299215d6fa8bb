/**
 * The offline SQL DDL reader: desired-state {@code .sql} files (hand-written or {@code pg_dump --schema-only})
 * into one {@link dev.slipway.model.Schema}, without a database.
 *
 * <p>Pipeline, per dialect pass ({@code Postgres…} classes; a {@code MySql…} pass would sit beside them):
 * {@code PostgresLexer} tokenises a file with {@link dev.slipway.model.postgres.PostgresScanner}, the scanner
 * every PostgreSQL reader and rule shares (quotes, dollar quotes, nested comments; here also psql
 * meta-commands skipped and {@code -- @renamed} hints collected) → statements are split
 * at top-level semicolons, so each knows its file:line:column → {@code PostgresStatementReader} routes each
 * statement to a reader per kind, which writes into the mutable {@code SchemaState} → once every file is
 * read, foreign keys and sequence owners are resolved and the immutable model is built.
 *
 * <p>Why statements are read from tokens rather than from JSqlParser's AST: for PostgreSQL DDL JSqlParser
 * keeps NOT NULL, inline keys, COLLATE and generated columns only as token lists, mis-models
 * {@code (lower(email))} index keys, and rejects statements pg_dump writes ({@code ADD CONSTRAINT … NOT VALID},
 * {@code USING INDEX}); the hand pass it would need is most of a reader anyway, and reading tokens keeps
 * every expression exactly as written with its source position. JSqlParser is used where its AST is
 * complete and the cost of a failure is nil: finding the relations a view's query reads.
 *
 * <p>What is normalised offline is only what is cheap and certain (PostgreSQL's own spelling of types,
 * the names it invents for unnamed constraints, indexes and sequences, {@code nextval('…'::regclass)});
 * expressions stay as written, and the dev-database path gives the server's canonical text.
 */
package dev.slipway.introspect.sql;
