package org.karma.core.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the history database and the steps that bring an older file forward. Step
 * {@code i} of {@link #MIGRATIONS} turns schema version {@code i} into {@code i + 1}; version 0
 * is an empty file. A new version appends a step and never edits an old one.
 */
final class HistorySchema {

	/** One forward step; runs inside the store's write transaction. */
	@FunctionalInterface
	interface Migration {
		void apply(Connection connection) throws SQLException;
	}

	static final List<Migration> MIGRATIONS = List.of(HistorySchema::createVersion1, HistorySchema::addIntegrityChecks);

	private HistorySchema() {
	}

	private static void createVersion1(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.executeUpdate("CREATE TABLE schema_version (version INTEGER NOT NULL)");
			s.executeUpdate("INSERT INTO schema_version (version) VALUES (0)");
			s.executeUpdate("""
					CREATE TABLE runs (
					  id INTEGER PRIMARY KEY AUTOINCREMENT,
					  profile TEXT,
					  title TEXT NOT NULL,
					  left_endpoint TEXT NOT NULL,
					  right_endpoint TEXT NOT NULL,
					  mode TEXT NOT NULL,
					  dry_run INTEGER NOT NULL CHECK (dry_run IN (0, 1)),
					  status TEXT NOT NULL,
					  started_ms INTEGER NOT NULL,
					  ended_ms INTEGER,
					  created INTEGER NOT NULL DEFAULT 0,
					  updated INTEGER NOT NULL DEFAULT 0,
					  deleted INTEGER NOT NULL DEFAULT 0,
					  conflicts INTEGER NOT NULL DEFAULT 0,
					  errors INTEGER NOT NULL DEFAULT 0,
					  bytes INTEGER NOT NULL DEFAULT 0,
					  note TEXT,
					  pid INTEGER NOT NULL,
					  pid_started_ms INTEGER
					)""");
			s.executeUpdate("CREATE INDEX runs_by_start ON runs (started_ms)");
			s.executeUpdate("CREATE INDEX runs_by_profile ON runs (profile, started_ms)");
			s.executeUpdate("CREATE INDEX runs_by_status ON runs (status)");
			s.executeUpdate("""
					CREATE TABLE items (
					  id INTEGER PRIMARY KEY,
					  run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
					  path TEXT NOT NULL,
					  action TEXT NOT NULL,
					  size INTEGER NOT NULL,
					  result TEXT NOT NULL,
					  error TEXT
					)""");
			s.executeUpdate("CREATE INDEX items_by_run ON items (run_id, id)");
			s.executeUpdate("""
					CREATE VIEW run_summary AS
					SELECT id,
					       coalesce(profile, '(ad hoc) ' || title) AS subject,
					       status,
					       strftime('%Y-%m-%d %H:%M:%S', started_ms / 1000, 'unixepoch') AS started_utc,
					       CASE WHEN ended_ms IS NULL THEN NULL ELSE (ended_ms - started_ms) / 1000.0 END AS seconds,
					       created, updated, deleted, conflicts, errors, bytes,
					       dry_run, coalesce(note, '') AS note
					FROM runs""");
		}
	}

	/** Version 2: integrity manifests made, verified and compared ({@code karma check}), with what they found. */
	private static void addIntegrityChecks(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.executeUpdate("""
					CREATE TABLE integrity_checks (
					  id INTEGER PRIMARY KEY AUTOINCREMENT,
					  kind TEXT NOT NULL CHECK (kind IN ('CREATE', 'VERIFY', 'DIFF')),
					  profile TEXT,
					  group_name TEXT NOT NULL,
					  manifest TEXT NOT NULL,
					  other_manifest TEXT,
					  roots TEXT NOT NULL,
					  started_ms INTEGER NOT NULL,
					  ended_ms INTEGER NOT NULL,
					  status TEXT NOT NULL,
					  signature TEXT NOT NULL,
					  files INTEGER NOT NULL DEFAULT 0,
					  bytes INTEGER NOT NULL DEFAULT 0,
					  ok INTEGER NOT NULL DEFAULT 0,
					  missing INTEGER NOT NULL DEFAULT 0,
					  added INTEGER NOT NULL DEFAULT 0,
					  modified INTEGER NOT NULL DEFAULT 0,
					  corrupted INTEGER NOT NULL DEFAULT 0,
					  unreadable INTEGER NOT NULL DEFAULT 0,
					  errors INTEGER NOT NULL DEFAULT 0,
					  note TEXT
					)""");
			s.executeUpdate("CREATE INDEX integrity_checks_by_start ON integrity_checks (started_ms)");
			s.executeUpdate("CREATE INDEX integrity_checks_by_manifest ON integrity_checks (manifest, started_ms)");
			s.executeUpdate("""
					CREATE TABLE integrity_findings (
					  id INTEGER PRIMARY KEY,
					  check_id INTEGER NOT NULL REFERENCES integrity_checks (id) ON DELETE CASCADE,
					  root TEXT NOT NULL,
					  path TEXT NOT NULL,
					  status TEXT NOT NULL,
					  detail TEXT
					)""");
			s.executeUpdate("CREATE INDEX integrity_findings_by_check ON integrity_findings (check_id, id)");
		}
	}

	/** The schema version of an open file; 0 for a new, empty file. */
	static int version(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement()) {
			try (ResultSet table = s.executeQuery(
					"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
				table.next();
				if (table.getInt(1) == 0) {
					return 0;
				}
			}
			try (ResultSet row = s.executeQuery("SELECT max(version) FROM schema_version")) {
				return row.next() ? row.getInt(1) : 0;
			}
		}
	}

	static void setVersion(Connection connection, int version) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.executeUpdate("UPDATE schema_version SET version = " + version);
		}
	}
}
