package org.karma.core.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.karma.core.KarmaHome;
import org.sqlite.SQLiteConfig;

/**
 * The run history: one row per run and one per item a run acted on, in an SQLite file (usually
 * {@link #defaultFile(KarmaHome) $KARMA_HOME/state/history.db}).
 *
 * <p>Several stores, in this process or others, may use the same file at once: the file is in WAL
 * mode (readers never wait for the writer), every write is one {@code BEGIN IMMEDIATE}
 * transaction (so two writers queue instead of deadlocking) and a writer waits up to
 * {@link #BUSY_TIMEOUT} for the other.
 *
 * <p>Items are buffered and written in batches, {@link #BATCH_SIZE} at a time or when the oldest
 * buffered item is {@link #MAX_BUFFER_AGE} old (by the injected clock, checked on the next call),
 * and always by {@link #flush()}, {@link #finishRun} and {@link #close()}; a killed process loses
 * at most the buffered items.
 *
 * <p>When a store is opened, runs left RUNNING by a process that no longer lives become
 * {@link RunStatus#ABORTED} with the note "interrupted".
 *
 * <p>A store is safe for use by several threads (its methods are synchronized). Every failure is
 * a {@link HistoryException} with a one-line message.
 */
public final class HistoryStore implements AutoCloseable {

	/** File name of the database in the state folder. */
	public static final String FILE_NAME = "history.db";
	/** How long a write waits for another writer before failing. */
	public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(30);
	/** Items written per transaction. */
	public static final int BATCH_SIZE = 500;
	/** Buffered items are written once the oldest is this old. */
	public static final Duration MAX_BUFFER_AGE = Duration.ofSeconds(1);
	/** Note of a run whose process died while it was RUNNING. */
	public static final String INTERRUPTED = "interrupted";

	private static final String RUN_COLUMNS = "id, profile, title, left_endpoint, right_endpoint, mode, dry_run, "
			+ "status, started_ms, ended_ms, created, updated, deleted, conflicts, errors, bytes, note, pid, pid_started_ms";

	private record Pending(long runId, String path, String action, long size, ItemResult result, String error) {
	}

	private final Path file;
	private final Clock clock;
	private final Processes processes;
	private final OwnerProcess self;
	private final List<Run> interrupted;
	private Connection connection;
	private final List<Pending> buffer = new ArrayList<>();
	private Instant oldestBuffered;

	private HistoryStore(Path file, Clock clock, Processes processes, Connection connection, List<Run> interrupted) {
		this.file = file;
		this.clock = clock;
		this.processes = processes;
		this.self = processes.self();
		this.connection = connection;
		this.interrupted = List.copyOf(interrupted);
	}

	/** Where the history database of a KARMA home lives. */
	public static Path defaultFile(KarmaHome home) {
		return home.state().resolve(FILE_NAME);
	}

	/** Opens (creating or migrating) the database file, with this machine's processes. */
	public static HistoryStore open(Path file, Clock clock) throws HistoryException {
		return open(file, clock, Processes.system());
	}

	/** Opens (creating or migrating) the database file. */
	public static HistoryStore open(Path file, Clock clock, Processes processes) throws HistoryException {
		return open(file, clock, processes, HistorySchema.MIGRATIONS);
	}

	static HistoryStore open(Path file, Clock clock, Processes processes, List<HistorySchema.Migration> migrations)
			throws HistoryException {
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(processes, "processes");
		Path absolute = file.toAbsolutePath().normalize();
		try {
			Files.createDirectories(absolute.getParent());
		} catch (IOException e) {
			throw new HistoryException("cannot create the folder of the history database " + absolute + ": " + e, e);
		}
		Connection connection;
		try {
			connection = connect(absolute);
		} catch (SQLException | RuntimeException | LinkageError e) {
			if (nativeLibraryMissing(e)) {
				throw new HistoryException("cannot open the history database " + absolute
						+ ": SQLite's native library did not load; it is extracted into " + nativeLibraryFolder()
						+ " (system property org.sqlite.tmpdir, else java.io.tmpdir), which must exist, be writable"
						+ " and allow executables; restart KARMA after fixing it", e);
			}
			throw new HistoryException("cannot open the history database " + absolute + ": " + e.getMessage(), e);
		}
		try {
			migrate(connection, absolute, migrations);
			List<Run> interrupted = abandonDeadRuns(connection, processes);
			return new HistoryStore(absolute, clock, processes, connection, interrupted);
		} catch (HistoryException | SQLException | RuntimeException e) {
			closeQuietly(connection);
			if (e instanceof HistoryException h) {
				throw h;
			}
			throw new HistoryException("cannot open the history database " + absolute + ": " + e.getMessage(), e);
		}
	}

	private static Connection connect(Path file) throws SQLException {
		SQLiteConfig config = new SQLiteConfig();
		config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
		config.setJournalMode(SQLiteConfig.JournalMode.WAL);
		config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
		config.enforceForeignKeys(true);
		return config.createConnection("jdbc:sqlite:" + file);
	}

	private static boolean nativeLibraryMissing(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof UnsatisfiedLinkError || t.getClass().getSimpleName().equals("NativeLibraryNotFoundException")) {
				return true;
			}
		}
		return false;
	}

	private static String nativeLibraryFolder() {
		return System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
	}

	private static void migrate(Connection connection, Path file, List<HistorySchema.Migration> migrations)
			throws SQLException, HistoryException {
		int target = migrations.size();
		begin(connection);
		boolean done = false;
		try {
			int version = HistorySchema.version(connection);
			if (version > target) {
				throw new HistoryException("the history database " + file + " has schema version " + version
						+ ", newer than this KARMA understands (" + target + ")");
			}
			for (int v = version; v < target; v++) {
				migrations.get(v).apply(connection);
				HistorySchema.setVersion(connection, v + 1);
			}
			commit(connection);
			done = true;
		} finally {
			if (!done) {
				rollback(connection);
			}
		}
	}

	private static List<Run> abandonDeadRuns(Connection connection, Processes processes) throws SQLException {
		long me = processes.self().pid();
		List<Run> abandoned = new ArrayList<>();
		begin(connection);
		boolean done = false;
		try {
			List<Run> running = new ArrayList<>();
			try (PreparedStatement query = connection
					.prepareStatement("SELECT " + RUN_COLUMNS + " FROM runs WHERE status = 'RUNNING' ORDER BY id")) {
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						running.add(toRun(rows));
					}
				}
			}
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE runs SET status = 'ABORTED', note = ? WHERE id = ? AND status = 'RUNNING'")) {
				for (Run run : running) {
					if (run.owner().pid() != me && !processes.isAlive(run.owner())) {
						update.setString(1, INTERRUPTED);
						update.setLong(2, run.id());
						update.executeUpdate();
						abandoned.add(run);
					}
				}
			}
			commit(connection);
			done = true;
		} finally {
			if (!done) {
				rollback(connection);
			}
		}
		return abandoned;
	}

	/** The database file. */
	public Path file() {
		return file;
	}

	/** The runs this store found RUNNING without a live process when it opened, and marked ABORTED. */
	public List<Run> interruptedOnOpen() {
		return interrupted;
	}

	/**
	 * Records the start of a run, owned by this process.
	 *
	 * @return the new run's id
	 */
	public synchronized long startRun(RunSubject subject, String left, String right, String mode, boolean dryRun,
			Instant start) throws HistoryException {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(start, "start");
		String sql = "INSERT INTO runs (profile, title, left_endpoint, right_endpoint, mode, dry_run, status, "
				+ "started_ms, pid, pid_started_ms) VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)";
		try {
			Connection c = open();
			try (PreparedStatement insert = c.prepareStatement(sql)) {
				insert.setString(1, subject.profile().orElse(null));
				insert.setString(2, subject.title());
				insert.setString(3, Objects.requireNonNull(left, "left"));
				insert.setString(4, Objects.requireNonNull(right, "right"));
				insert.setString(5, Objects.requireNonNull(mode, "mode"));
				insert.setInt(6, dryRun ? 1 : 0);
				insert.setLong(7, start.toEpochMilli());
				insert.setLong(8, self.pid());
				setOptionalMillis(insert, 9, self.started());
				insert.executeUpdate();
			}
			try (Statement s = c.createStatement(); ResultSet id = s.executeQuery("SELECT last_insert_rowid()")) {
				id.next();
				return id.getLong(1);
			}
		} catch (SQLException e) {
			throw failure("cannot record the start of a run of '" + subject.title() + "'", e);
		}
	}

	/**
	 * Records one item a run acted on. The item is buffered; see the class comment.
	 *
	 * @param size the size in bytes, -1 when unknown
	 * @param error the one-line error of a failed item, or {@code null}
	 */
	public synchronized void recordItem(long runId, String path, String action, long size, ItemResult result,
			String error) throws HistoryException {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(result, "result");
		open();
		if (buffer.isEmpty()) {
			oldestBuffered = clock.instant();
		}
		buffer.add(new Pending(runId, path, action, size, result, error == null ? null : HistoryException.oneLine(error)));
		if (buffer.size() >= BATCH_SIZE
				|| Duration.between(oldestBuffered, clock.instant()).compareTo(MAX_BUFFER_AGE) >= 0) {
			flush();
		}
	}

	/** Writes the buffered items now, in one transaction. */
	public synchronized void flush() throws HistoryException {
		if (buffer.isEmpty()) {
			return;
		}
		List<Pending> batch = List.copyOf(buffer);
		buffer.clear();
		try {
			Connection c = open();
			begin(c);
			boolean done = false;
			try (PreparedStatement insert = c.prepareStatement(
					"INSERT INTO items (run_id, path, action, size, result, error) VALUES (?, ?, ?, ?, ?, ?)")) {
				for (Pending item : batch) {
					insert.setLong(1, item.runId());
					insert.setString(2, item.path());
					insert.setString(3, item.action());
					insert.setLong(4, item.size());
					insert.setString(5, item.result().name());
					insert.setString(6, item.error());
					insert.addBatch();
				}
				insert.executeBatch();
				commit(c);
				done = true;
			} finally {
				if (!done) {
					rollback(c);
				}
			}
		} catch (SQLException e) {
			throw failure("cannot record " + batch.size() + " items of run " + batch.get(0).runId(), e);
		}
	}

	/**
	 * Sets the note of a run (a short remark shown with it, such as "overdue" for a scheduled run
	 * that was missed while nothing ran). Replaces an earlier note.
	 */
	public synchronized void noteRun(long runId, String note) throws HistoryException {
		Objects.requireNonNull(note, "note");
		try (PreparedStatement update = open().prepareStatement("UPDATE runs SET note = ? WHERE id = ?")) {
			update.setString(1, note);
			update.setLong(2, runId);
			if (update.executeUpdate() == 0) {
				throw new HistoryException("there is no run " + runId + " in " + file);
			}
		} catch (SQLException e) {
			throw failure("cannot note run " + runId, e);
		}
	}

	/** Records the end of a RUNNING run (after writing its buffered items). */
	public synchronized void finishRun(long runId, RunStatus status, Counts counts, long bytes, Instant end)
			throws HistoryException {
		Objects.requireNonNull(counts, "counts");
		Objects.requireNonNull(end, "end");
		if (status == RunStatus.RUNNING) {
			throw new IllegalArgumentException("a run cannot finish as RUNNING");
		}
		flush();
		int changed;
		try (PreparedStatement update = open().prepareStatement("UPDATE runs SET status = ?, ended_ms = ?, "
				+ "created = ?, updated = ?, deleted = ?, conflicts = ?, errors = ?, bytes = ? "
				+ "WHERE id = ? AND status = 'RUNNING'")) {
			update.setString(1, status.name());
			update.setLong(2, end.toEpochMilli());
			update.setInt(3, counts.created());
			update.setInt(4, counts.updated());
			update.setInt(5, counts.deleted());
			update.setInt(6, counts.conflicts());
			update.setInt(7, counts.errors());
			update.setLong(8, bytes);
			update.setLong(9, runId);
			changed = update.executeUpdate();
		} catch (SQLException e) {
			throw failure("cannot record the end of run " + runId, e);
		}
		if (changed == 0) {
			Optional<Run> run = run(runId);
			throw new HistoryException(run.isEmpty() ? "there is no run " + runId + " in " + file
					: "run " + runId + " has already ended (" + run.get().status() + ")");
		}
	}

	/** Runs, newest first: of one profile, or of all profiles and ad-hoc pairs. */
	public synchronized List<Run> runs(Optional<String> profile, int limit) throws HistoryException {
		if (limit < 0) {
			throw new IllegalArgumentException("limit must not be negative: " + limit);
		}
		String sql = "SELECT " + RUN_COLUMNS + " FROM runs " + (profile.isPresent() ? "WHERE profile = ? " : "")
				+ "ORDER BY started_ms DESC, id DESC LIMIT ?";
		try (PreparedStatement query = open().prepareStatement(sql)) {
			int i = 1;
			if (profile.isPresent()) {
				query.setString(i++, profile.get());
			}
			query.setInt(i, limit);
			return readRuns(query);
		} catch (SQLException e) {
			throw failure("cannot list runs", e);
		}
	}

	/** The newest run of a profile (it may still be RUNNING). */
	public Optional<Run> lastRun(String profile) throws HistoryException {
		return runs(Optional.of(profile), 1).stream().findFirst();
	}

	/** One run. */
	public synchronized Optional<Run> run(long id) throws HistoryException {
		try (PreparedStatement query = open().prepareStatement("SELECT " + RUN_COLUMNS + " FROM runs WHERE id = ?")) {
			query.setLong(1, id);
			return readRuns(query).stream().findFirst();
		} catch (SQLException e) {
			throw failure("cannot read run " + id, e);
		}
	}

	/** The items of a run in the order they were recorded (buffered items are written first). */
	public synchronized List<Item> items(long runId) throws HistoryException {
		flush();
		try (PreparedStatement query = open().prepareStatement(
				"SELECT run_id, path, action, size, result, error FROM items WHERE run_id = ? ORDER BY id")) {
			query.setLong(1, runId);
			List<Item> items = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					items.add(new Item(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
							ItemResult.valueOf(rows.getString(5)), Optional.ofNullable(rows.getString(6))));
				}
			}
			return items;
		} catch (SQLException e) {
			throw failure("cannot read the items of run " + runId, e);
		}
	}

	/**
	 * Deletes the runs (with their items) that ended before {@code cutoff}; runs still RUNNING stay.
	 *
	 * @return how many runs were deleted
	 */
	public synchronized int pruneRuns(Instant cutoff) throws HistoryException {
		Objects.requireNonNull(cutoff, "cutoff");
		flush();
		try {
			Connection c = open();
			begin(c);
			boolean done = false;
			try (PreparedStatement items = c.prepareStatement("DELETE FROM items WHERE run_id IN "
					+ "(SELECT id FROM runs WHERE ended_ms IS NOT NULL AND ended_ms < ? AND status <> 'RUNNING')");
					PreparedStatement runs = c.prepareStatement(
							"DELETE FROM runs WHERE ended_ms IS NOT NULL AND ended_ms < ? AND status <> 'RUNNING'")) {
				items.setLong(1, cutoff.toEpochMilli());
				items.executeUpdate();
				runs.setLong(1, cutoff.toEpochMilli());
				int deleted = runs.executeUpdate();
				try (PreparedStatement checks = c.prepareStatement("DELETE FROM integrity_checks WHERE ended_ms < ?")) {
					checks.setLong(1, cutoff.toEpochMilli());
					checks.executeUpdate();
				}
				commit(c);
				done = true;
				return deleted;
			} finally {
				if (!done) {
					rollback(c);
				}
			}
		} catch (SQLException e) {
			throw failure("cannot delete the runs that ended before " + cutoff, e);
		}
	}

	private static final String CHECK_COLUMNS = "id, kind, profile, group_name, manifest, other_manifest, roots, started_ms, "
			+ "ended_ms, status, signature, files, bytes, ok, missing, added, modified, corrupted, unreadable, errors, note";

	/**
	 * Records an integrity check with what it found (at most {@code maxFindings} of them are kept).
	 *
	 * @return the check with its id
	 */
	public synchronized IntegrityCheck recordCheck(IntegrityCheck check, List<IntegrityCheck.Finding> findings,
			int maxFindings) throws HistoryException {
		try {
			Connection c = open();
			begin(c);
			boolean done = false;
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO integrity_checks (kind, profile, group_name, "
					+ "manifest, other_manifest, roots, started_ms, ended_ms, status, signature, files, bytes, ok, missing, "
					+ "added, modified, corrupted, unreadable, errors, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
					+ "?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
				int i = 1;
				insert.setString(i++, check.kind().name());
				insert.setString(i++, check.profile().orElse(null));
				insert.setString(i++, check.group());
				insert.setString(i++, check.manifest());
				insert.setString(i++, check.otherManifest().orElse(null));
				insert.setString(i++, String.join("\n", check.roots()));
				insert.setLong(i++, check.start().toEpochMilli());
				insert.setLong(i++, check.end().toEpochMilli());
				insert.setString(i++, check.status().name());
				insert.setString(i++, check.signature());
				insert.setLong(i++, check.files());
				insert.setLong(i++, check.bytes());
				IntegrityCheck.Tally t = check.tally();
				for (long n : new long[] { t.ok(), t.missing(), t.added(), t.modified(), t.corrupted(), t.unreadable() }) {
					insert.setLong(i++, n);
				}
				insert.setLong(i++, check.errors());
				insert.setString(i, check.note().orElse(null));
				insert.executeUpdate();
				long id;
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					id = keys.getLong(1);
				}
				try (PreparedStatement item = c.prepareStatement(
						"INSERT INTO integrity_findings (check_id, root, path, status, detail) VALUES (?, ?, ?, ?, ?)")) {
					for (IntegrityCheck.Finding f : findings.subList(0, Math.min(findings.size(), maxFindings))) {
						item.setLong(1, id);
						item.setString(2, f.root());
						item.setString(3, f.path());
						item.setString(4, f.status());
						item.setString(5, f.detail());
						item.addBatch();
					}
					item.executeBatch();
				}
				commit(c);
				done = true;
				return check.withId(id);
			} finally {
				if (!done) {
					rollback(c);
				}
			}
		} catch (SQLException e) {
			throw failure("cannot record the integrity check of " + check.manifest(), e);
		}
	}

	/** Integrity checks, newest first: of one profile, or all. */
	public synchronized List<IntegrityCheck> checks(Optional<String> profile, int limit) throws HistoryException {
		String sql = "SELECT " + CHECK_COLUMNS + " FROM integrity_checks " + (profile.isPresent() ? "WHERE profile = ? " : "")
				+ "ORDER BY started_ms DESC, id DESC LIMIT ?";
		try (PreparedStatement query = open().prepareStatement(sql)) {
			int i = 1;
			if (profile.isPresent()) {
				query.setString(i++, profile.get());
			}
			query.setInt(i, limit);
			List<IntegrityCheck> checks = new ArrayList<>();
			try (ResultSet r = query.executeQuery()) {
				while (r.next()) {
					String roots = r.getString(7);
					checks.add(new IntegrityCheck(r.getLong(1), IntegrityCheck.Kind.valueOf(r.getString(2)),
							Optional.ofNullable(r.getString(3)), r.getString(4), r.getString(5), Optional.ofNullable(r.getString(6)),
							roots.isEmpty() ? List.of() : List.of(roots.split("\n")), Instant.ofEpochMilli(r.getLong(8)),
							Instant.ofEpochMilli(r.getLong(9)), IntegrityCheck.Status.valueOf(r.getString(10)), r.getString(11),
							r.getLong(12), r.getLong(13), new IntegrityCheck.Tally(r.getLong(14), r.getLong(15), r.getLong(16),
									r.getLong(17), r.getLong(18), r.getLong(19)),
							r.getLong(20), Optional.ofNullable(r.getString(21))));
				}
			}
			return checks;
		} catch (SQLException e) {
			throw failure("cannot list the integrity checks", e);
		}
	}

	/** What an integrity check found, in the order recorded. */
	public synchronized List<IntegrityCheck.Finding> findings(long checkId) throws HistoryException {
		try (PreparedStatement query = open().prepareStatement(
				"SELECT root, path, status, detail FROM integrity_findings WHERE check_id = ? ORDER BY id")) {
			query.setLong(1, checkId);
			List<IntegrityCheck.Finding> findings = new ArrayList<>();
			try (ResultSet r = query.executeQuery()) {
				while (r.next()) {
					findings.add(new IntegrityCheck.Finding(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
				}
			}
			return findings;
		} catch (SQLException e) {
			throw failure("cannot read the findings of integrity check " + checkId, e);
		}
	}

	/** Writes the buffered items and closes the file. Closing twice does nothing. */
	@Override
	public synchronized void close() throws HistoryException {
		if (connection == null) {
			return;
		}
		try {
			flush();
		} finally {
			Connection c = connection;
			connection = null;
			try {
				c.close();
			} catch (SQLException e) {
				throw failure("cannot close", e);
			}
		}
	}

	@Override
	public String toString() {
		return "HistoryStore[" + file + ", " + processes + "]";
	}

	private Connection open() throws HistoryException {
		if (connection == null) {
			throw new HistoryException("the history store " + file + " is closed");
		}
		return connection;
	}

	private HistoryException failure(String what, SQLException e) {
		return new HistoryException(what + " in " + file + ": " + e.getMessage(), e);
	}

	private static List<Run> readRuns(PreparedStatement query) throws SQLException {
		List<Run> runs = new ArrayList<>();
		try (ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				runs.add(toRun(rows));
			}
		}
		return runs;
	}

	private static Run toRun(ResultSet r) throws SQLException {
		String profile = r.getString("profile");
		String title = r.getString("title");
		RunSubject subject = new RunSubject(Optional.ofNullable(profile), title);
		long ended = r.getLong("ended_ms");
		Optional<Instant> end = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ended));
		long pidStarted = r.getLong("pid_started_ms");
		Optional<Instant> started = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(pidStarted));
		return new Run(r.getLong("id"), subject, r.getString("left_endpoint"), r.getString("right_endpoint"),
				r.getString("mode"), r.getInt("dry_run") != 0, Instant.ofEpochMilli(r.getLong("started_ms")), end,
				RunStatus.valueOf(r.getString("status")),
				new Counts(r.getInt("created"), r.getInt("updated"), r.getInt("deleted"), r.getInt("conflicts"),
						r.getInt("errors")),
				r.getLong("bytes"), Optional.ofNullable(r.getString("note")),
				new OwnerProcess(r.getLong("pid"), started));
	}

	private static void setOptionalMillis(PreparedStatement statement, int index, Optional<Instant> instant)
			throws SQLException {
		if (instant.isPresent()) {
			statement.setLong(index, instant.get().toEpochMilli());
		} else {
			statement.setNull(index, Types.INTEGER);
		}
	}

	private static void begin(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("BEGIN IMMEDIATE");
		}
	}

	private static void commit(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("COMMIT");
		}
	}

	private static void rollback(Connection c) {
		try (Statement s = c.createStatement()) {
			s.execute("ROLLBACK");
		} catch (SQLException e) {
			// no transaction left to roll back: the original failure is what matters
		}
	}

	private static void closeQuietly(Connection c) {
		try {
			c.close();
		} catch (SQLException e) {
			// already failing
		}
	}
}
