package org.karma.core.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.HashKind;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.connectors.EndpointSpecs;
import org.karma.core.credentials.SecretSource;
import org.karma.core.credentials.SecretsUnavailableException;
import org.karma.core.history.Counts;
import org.karma.core.history.History;
import org.karma.core.history.HistoryException;
import org.karma.core.history.RunLog;
import org.karma.core.history.RunStatus;
import org.karma.core.history.RunSubject;
import org.karma.core.integrity.IntegrityException;
import org.karma.core.integrity.ProfileManifests;
import org.karma.core.settings.KarmaSettings;
import org.karma.core.settings.SettingsException;
import org.karma.engine.BaseEntry;
import org.karma.engine.BaseSink;
import org.karma.engine.BaseStore;
import org.karma.engine.Executor;
import org.karma.engine.ItemResult;
import org.karma.engine.Plan;
import org.karma.engine.PlanItem;
import org.karma.engine.PlanSettings;
import org.karma.engine.ProgressListener;
import org.karma.engine.ContentComparison;
import org.karma.engine.Planner;
import org.karma.engine.ScanProblem;
import org.karma.engine.ScanSettings;
import org.karma.engine.Scanner;
import org.karma.engine.Side;
import org.karma.engine.Snapshot;
import org.karma.engine.versions.RetentionSettings;
import org.karma.engine.versions.VersionArchive;
import org.karma.model.EndpointUri;
import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.Endpoint;
import org.karma.model.profile.HashAlgorithm;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningKind;

/**
 * One sync of a profile (stored or ad hoc): connect both endpoints, scan, plan, and — unless it
 * is a dry run — execute, keeping the base state per pair of endpoints under
 * {@code $KARMA_HOME/state/base/} and a history row per run. The command line and the workbench
 * both run syncs through this operation.
 */
public final class SyncOperation {

	/** What a sync did. */
	public record Outcome(long runId, RunStatus status, Plan plan, Executor.Result result, Duration duration) {
	}

	private final KarmaHome home;
	private final ConnectorRegistry connectors;
	private final Clock clock;
	private final SecretSource secrets;

	/** The plan a user approved in a preview, or null: see {@link #approving(Plan)}. */
	private final Plan approved;

	/** An operation whose endpoints get no secrets (local folders, archives). */
	public SyncOperation(KarmaHome home, ConnectorRegistry connectors, Clock clock) {
		this(home, connectors, clock, SecretSource.NONE);
	}

	/**
	 * @param secrets gives each endpoint its secrets by credential key (stored credentials,
	 *                one-off values from the caller)
	 */
	public SyncOperation(KarmaHome home, ConnectorRegistry connectors, Clock clock, SecretSource secrets) {
		this(home, connectors, clock, secrets, null);
	}

	private SyncOperation(KarmaHome home, ConnectorRegistry connectors, Clock clock, SecretSource secrets, Plan approved) {
		this.home = home;
		this.connectors = connectors;
		this.clock = clock;
		this.secrets = java.util.Objects.requireNonNull(secrets);
		this.approved = approved;
	}

	/**
	 * The same operation, applying exactly {@code plan} (the one a preview showed, possibly with the
	 * user's {@link PlanOverrides}) or nothing: the run scans and plans afresh as always, and if any
	 * item differs from the approved plan in what it saw (a file changed, appeared or went since the
	 * preview) it stops before changing anything with {@link SyncException.Kind#SAFETY}.
	 */
	public SyncOperation approving(Plan plan) {
		return new SyncOperation(home, connectors, clock, secrets, java.util.Objects.requireNonNull(plan));
	}

	/** The items of a plan that act on something: what a preview shows and an approval covers. */
	public static java.util.List<PlanItem> actionable(Plan plan) {
		return plan.items().stream().filter(i -> i.changesEndpoints() || i.isConflict()).toList();
	}

	/** The plan to carry out: the fresh one, or the approved one if the endpoints are still as it saw them. */
	private Plan approvedOr(Plan plan) throws SyncException {
		if (approved == null) {
			return plan;
		}
		if (PlanOverrides.sameStates(plan, approved)) {
			return approved;
		}
		java.util.List<PlanItem> now = actionable(plan);
		java.util.List<PlanItem> shown = actionable(approved);
		String example = now.stream().filter(i -> !shown.contains(i)).map(i -> i.path().toString()).findFirst()
				.orElseGet(() -> shown.stream().filter(i -> !now.contains(i)).map(i -> i.path().toString()).findFirst()
						.orElse("?"));
		throw new SyncException(SyncException.Kind.SAFETY, "the endpoints changed since the preview (" + example + "; "
				+ shown.size() + " items shown, " + now.size() + " now); preview again; nothing was changed", null);
	}

	/**
	 * Runs the sync.
	 *
	 * @param pairId  identifies the pair of endpoints whose base state is used ({@link #pairId})
	 * @param log     receives one-line notes for the user (warnings, scan problems)
	 * @throws SyncException when the sync cannot run (nothing was changed then)
	 */
	public Outcome run(SyncProfile profile, String pairId, boolean dryRun, boolean force, Integer concurrency,
			Consumer<String> log, IProgressMonitor monitor) throws SyncException {
		return run(profile, pairId, dryRun, force, concurrency, log, monitor, ProgressListener.NONE);
	}

	/**
	 * Runs the sync, reporting its progress to {@code listener} (phases, entries scanned, files and
	 * bytes transferred) and to {@code monitor} (task, sub-tasks, work). Cancelling the monitor stops
	 * the run: a scan stops at once (nothing was changed; a history row CANCELLED is written and
	 * {@link SyncException.Kind#CANCELLED} thrown); an execution stops starting new items and lets
	 * the ones under way finish or abandon (the outcome's status is then CANCELLED).
	 *
	 * @param pairId   identifies the pair of endpoints whose base state is used ({@link #pairId})
	 * @param log      receives one-line notes for the user (warnings, scan problems)
	 * @param listener receives the progress, from several threads (see {@link ProgressListener})
	 * @throws SyncException when the sync cannot run or was cancelled before it changed anything
	 */
	public Outcome run(SyncProfile profile, String pairId, boolean dryRun, boolean force, Integer concurrency,
			Consumer<String> userLog, IProgressMonitor monitor, ProgressListener listener) throws SyncException {
		Outcome outcome = runSync(profile, pairId, dryRun, force, concurrency, userLog, monitor, listener);
		if (!dryRun && outcome.status() == RunStatus.OK && profile.getIntegrity().isManifestAfterSync()
				&& pairId.startsWith("profile-") && (monitor == null || !monitor.isCanceled())) {
			try {
				new ProfileManifests(home, connectors, clock, secrets).afterSync(profile, userLog, monitor);
			} catch (IntegrityException e) {
				// the sync itself went fine: say why there is no manifest, do not fail the run
				userLog.accept("no manifest after sync: " + e.getMessage());
			}
		}
		return outcome;
	}

	private Outcome runSync(SyncProfile profile, String pairId, boolean dryRun, boolean force, Integer concurrency,
			Consumer<String> userLog, IProgressMonitor monitor, ProgressListener listener) throws SyncException {
		// notes go to the user at once and, once the run has an id, into its log file
		java.util.List<String> notes = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
		Consumer<String> log = note -> {
			notes.add(note);
			userLog.accept(note);
		};
		SubMonitor m = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor,
				"Syncing " + profile.getName(), 100);
		Instant start = clock.instant();
		KarmaSettings settingsOfHome;
		try {
			settingsOfHome = KarmaSettings.load(home);
		} catch (SettingsException e) {
			throw new SyncException(SyncException.Kind.BAD_INPUT, e.getMessage(), e);
		}
		try (BaseStore store = openBase(pairId);
				Connection left = connect(profile.getLeft(), "left", store.status() == BaseStore.Status.MISSING, m);
				Connection right = connect(profile.getRight(), "right", store.status() == BaseStore.Status.MISSING, m)) {
			if (store.status() == BaseStore.Status.DAMAGED) {
				log.accept("the saved sync state was damaged (" + store.damageReason()
						+ "); both sides are compared afresh and differences become conflicts");
			}
			PlanSettings settings = PlanSettings.of(profile, left.facts().caseSensitivity(), right.facts().caseSensitivity(),
					force);
			listener.phase(ProgressListener.Phase.SCAN);
			Snapshot[] snapshots = scanBoth(left, right, profile, settings, m.newChild(40), listener);
			Snapshot leftSnapshot = snapshots[0];
			Snapshot rightSnapshot = snapshots[1];
			for (ScanProblem problem : leftSnapshot.problems()) {
				log.accept("left: " + problem.path() + ": " + problem.message() + " (left alone in this run)");
			}
			for (ScanProblem problem : rightSnapshot.problems()) {
				log.accept("right: " + problem.path() + ": " + problem.message() + " (left alone in this run)");
			}
			listener.phase(ProgressListener.Phase.PLAN);
			m.subTask("Planning");
			Plan planned = Planner.plan(store.state(), leftSnapshot, rightSnapshot, settings);
			java.util.List<org.karma.connector.api.RelPath> lookAlike = Planner.unconfirmedPseudoConflicts(planned);
			if (!lookAlike.isEmpty()) {
				// changed on both sides to the same size and time: alike only if the bytes are
				m.subTask("Comparing " + lookAlike.size() + " files changed on both sides");
				java.util.Set<org.karma.connector.api.RelPath> differ = ContentComparison.differing(left, right, lookAlike,
						m.newChild(0));
				if (!differ.isEmpty()) {
					log.accept(differ.size() + " file(s) changed on both sides to the same size and time but different"
							+ " contents: planned as conflicts (" + differ.iterator().next() + (differ.size() > 1 ? ", …" : "")
							+ ")");
					planned = Planner.plan(store.state(), leftSnapshot, rightSnapshot, settings, differ);
				}
			}
			Plan plan = approvedOr(planned);
			if (m.isCanceled()) {
				throw new ConnectorException(ConnectorException.Reason.CANCELLED, null, "cancelled");
			}
			try (History history = History.open(home, clock)) {
				long runId = history.store().startRun(subject(profile, pairId), profile.getLeft().getUri(),
						profile.getRight().getUri(), profile.getDirection().getLiteral(), dryRun, start);
				try (RunFile runLog = new RunFile(history, runId, userLog)) {
					runLog.write(java.util.List.of((dryRun ? "dry run " : "run ") + runId + ": "
							+ profile.getDirection().getName().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
							+ " " + profile.getLeft().getUri() + " <-> " + profile.getRight().getUri()
							+ (pairId.startsWith("profile-") ? " (profile " + profile.getName() + ")" : "")));
					runLog.write(notes);
					runLog.write(java.util.List.of("scanned " + leftSnapshot.entries().size() + " entries on the left, "
							+ rightSnapshot.entries().size() + " on the right; plan: "
							+ plan.items().stream().filter(i -> i.changesEndpoints() || i.isConflict()).count()
							+ " items to act on, " + plan.conflicts() + " conflicts"));
					if (plan.isAborted()) {
						runLog.write(java.util.List.of("aborted: " + plan.abort().get().message()));
						history.store().finishRun(runId, RunStatus.ABORTED, new Counts(0, 0, 0, 0, 0), 0, clock.instant());
						throw new SyncException(SyncException.Kind.SAFETY, plan.abort().get().message(), null);
					}
					if (dryRun) {
						runLog.write(plan.items().stream().filter(i -> i.changesEndpoints() || i.isConflict())
								.map(i -> "planned " + i.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " "
										+ i.path() + " (" + i.reason() + ")")
								.toList());
						for (PlanItem item : plan.items()) {
							if (item.changesEndpoints() || item.isConflict()) {
								history.store().recordItem(runId, item.path().toString(), item.action().name(), 0,
										org.karma.core.history.ItemResult.PLANNED, null);
							}
						}
						RunStatus status = plan.conflicts() > 0 ? RunStatus.CONFLICTS : RunStatus.OK;
						runLog.write(java.util.List.of("finished " + status + " (dry run: nothing was changed)"));
						history.store().finishRun(runId, status, new Counts(0, 0, 0, (int) plan.conflicts(), 0), 0,
								clock.instant());
						return new Outcome(runId, status, plan, null, Duration.between(start, clock.instant()));
					}
					Executor.Result result;
					listener.phase(ProgressListener.Phase.EXECUTE);
					try (GroupedBase base = new GroupedBase(store)) {
						result = new Executor(left, right, new Executor.Settings(
								concurrency(profile, concurrency, settingsOfHome),
								profile.getIntegrity().isVerifyAfterCopy(),
								profile.getVersioning().getKind() != VersioningKind.NONE, clock, 3, Thread::sleep), base)
								.execute(plan, m.newChild(60), listener);
					}
					for (ItemResult item : result.items()) {
						if (item.outcome() != ItemResult.Outcome.UNCHANGED) {
							history.store().recordItem(runId, item.item().path().toString(), item.item().action().name(),
									item.bytes(), historyResult(item.outcome()),
									item.outcome() == ItemResult.Outcome.FAILED ? item.message() : null);
						}
					}
					runLog.write(result.items().stream().filter(i -> i.outcome() != ItemResult.Outcome.UNCHANGED)
							.map(i -> i.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " "
									+ i.item().action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " "
									+ i.item().path() + (i.bytes() > 0 ? " " + i.bytes() + " bytes" : "")
									+ (i.message() != null && i.outcome() != ItemResult.Outcome.DONE ? ": " + i.message() : ""))
							.toList());
					RunStatus status = result.cancelled() ? RunStatus.CANCELLED
							: result.errors() > 0 ? RunStatus.PARTIAL : result.conflicts() > 0 ? RunStatus.CONFLICTS : RunStatus.OK;
					runLog.write(java.util.List.of("finished " + status + ": " + result.created() + " created, " + result.updated()
							+ " updated, " + result.deleted() + " deleted, " + result.conflicts() + " conflicts, "
							+ result.errors() + " errors, " + result.bytes() + " bytes in "
							+ Duration.between(start, clock.instant()).toMillis() + " ms"));
					history.store().finishRun(runId, status, new Counts(result.created(), result.updated(), result.deleted(),
							result.conflicts(), result.errors()), result.bytes(), clock.instant());
					pruneHistory(history, settingsOfHome, note -> runLog.write(java.util.List.of(note)));
					if (store.journalRecords() > 10_000) {
						store.compact();
					}
					if (!result.cancelled()) {
						pruneVersions(profile, left, right, note -> {
							userLog.accept(note);
							runLog.write(java.util.List.of(note));
						}, m);
					}
					return new Outcome(runId, status, plan, result, Duration.between(start, clock.instant()));
				}
			}
		} catch (SyncException e) {
			throw e;
		} catch (HistoryException e) {
			throw new SyncException(SyncException.Kind.INTERNAL, e.getMessage(), e);
		} catch (ConnectorException e) {
			if (e.reason() == ConnectorException.Reason.CANCELLED || m.isCanceled()) {
				throw cancelled(profile, pairId, dryRun, start, e);
			}
			throw new SyncException(SyncException.Kind.CANNOT_CONNECT, e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SyncException(SyncException.Kind.INTERNAL, "interrupted", e);
		} catch (Exception e) {
			throw new SyncException(SyncException.Kind.INTERNAL, String.valueOf(e.getMessage()), e);
		}
	}

	/**
	 * The log file of a run ({@code logs/run-<id>.log}). Writing it never fails the sync: a log that
	 * cannot be written is reported once to the user and then left alone.
	 */
	private static final class RunFile implements AutoCloseable {
		private final Consumer<String> userLog;
		private RunLog log;

		RunFile(History history, long runId, Consumer<String> userLog) {
			this.userLog = userLog;
			try {
				log = history.openLog(runId);
			} catch (HistoryException e) {
				userLog.accept("no run log: " + e.getMessage());
			}
		}

		void write(java.util.List<String> lines) {
			if (log == null || lines.isEmpty()) {
				return;
			}
			try {
				synchronized (lines) {
					log.lines(lines);
				}
			} catch (HistoryException e) {
				userLog.accept("the run log cannot be written any more: " + e.getMessage());
				close();
			}
		}

		@Override
		public void close() {
			if (log != null) {
				try {
					log.close();
				} catch (HistoryException e) {
					userLog.accept("the run log could not be closed: " + e.getMessage());
				}
				log = null;
			}
		}
	}

	/**
	 * The parallel transfers of a run: the caller's override, else the profile's own value, else
	 * (a profile that leaves {@code parallelTransfers} at the model default) the home's
	 * {@code sync.concurrency} setting.
	 */
	static int concurrency(SyncProfile profile, Integer override, KarmaSettings settings) {
		if (override != null) {
			return override;
		}
		if (profile.eIsSet(org.karma.model.profile.ProfilePackage.Literals.SYNC_PROFILE__PARALLEL_TRANSFERS)) {
			return profile.getParallelTransfers();
		}
		return settings.concurrency();
	}

	/** Deletes the runs older than the {@code history.retention-days} setting (none when it is 0). */
	private void pruneHistory(History history, KarmaSettings settings, Consumer<String> runLog) throws HistoryException {
		Optional<Duration> keep = settings.historyRetention();
		if (keep.isPresent()) {
			int pruned = history.store().pruneRuns(clock.instant().minus(keep.get()));
			if (pruned > 0) {
				runLog.accept("removed " + pruned + " runs older than " + keep.get().toDays() + " days from the history");
			}
		}
	}

	/** A run cancelled before it changed anything: recorded as such in the history. */
	private SyncException cancelled(SyncProfile profile, String pairId, boolean dryRun, Instant start, Exception cause) {
		try (History history = History.open(home, clock)) {
			long runId = history.store().startRun(subject(profile, pairId), profile.getLeft().getUri(),
					profile.getRight().getUri(), profile.getDirection().getLiteral(), dryRun, start);
			history.store().finishRun(runId, RunStatus.CANCELLED, new Counts(0, 0, 0, 0, 0), 0, clock.instant());
			return new SyncException(SyncException.Kind.CANCELLED, "cancelled before anything was changed (run " + runId
					+ ")", cause);
		} catch (HistoryException e) {
			return new SyncException(SyncException.Kind.CANCELLED, "cancelled before anything was changed", cause);
		}
	}

	private static org.karma.core.history.ItemResult historyResult(ItemResult.Outcome outcome) {
		return switch (outcome) {
		case DONE -> org.karma.core.history.ItemResult.DONE;
		case FAILED -> org.karma.core.history.ItemResult.FAILED;
		default -> org.karma.core.history.ItemResult.SKIPPED;
		};
	}

	private static RunSubject subject(SyncProfile profile, String pairId) {
		return pairId.startsWith("profile-") ? RunSubject.profile(profile.getName())
				: RunSubject.adHoc(profile.getLeft().getUri() + " <-> " + profile.getRight().getUri());
	}

	/** The base state of a stored profile is its own; an ad-hoc pair's is found by its two endpoints. */
	public static String pairId(SyncProfile profile, boolean stored) {
		if (stored) {
			return "profile-" + profile.getName();
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest.digest((profile.getLeft().getUri() + "\n" + profile.getRight().getUri())
					.getBytes(StandardCharsets.UTF_8));
			return "pair-" + HexFormat.of().formatHex(hash, 0, 8);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private BaseStore openBase(String pairId) throws SyncException {
		Path folder = home.state().resolve("base").resolve(pairId);
		try {
			return BaseStore.open(folder, clock);
		} catch (BaseStore.LockedException e) {
			throw new SyncException(SyncException.Kind.SAFETY,
					"another run of this sync is in progress (" + folder + "); try again when it has finished", e);
		} catch (java.io.IOException e) {
			throw new SyncException(SyncException.Kind.INTERNAL, "cannot open the sync state in " + folder + ": "
					+ e.getMessage(), e);
		}
	}

	/**
	 * @param firstRun whether this pair never synced: then a missing local folder is created (nothing
	 *                 can be deleted on a first run); afterwards a missing side aborts the run, because
	 *                 it is far more likely an unmounted disk than a deliberate deletion
	 */
	private Connection connect(Endpoint endpoint, String side, boolean firstRun, IProgressMonitor monitor)
			throws SyncException {
		EndpointUri uri;
		try {
			uri = EndpointUri.parse(endpoint.getUri());
		} catch (EndpointUri.InvalidUriException e) {
			throw new SyncException(SyncException.Kind.BAD_INPUT, side + ": " + e.getMessage(), e);
		}
		Optional<ConnectorFactory> factory = connectors.factory(uri.scheme());
		if (factory.isEmpty()) {
			throw new SyncException(SyncException.Kind.BAD_INPUT,
					side + ": no connector for '" + uri.scheme() + "' in this build (see 'karma connectors')", null);
		}
		try {
			ConnectionSpec spec = EndpointSpecs.of(uri, endpoint,
					secrets.forKey(factory.get().credentialKey(uri.withoutOptions())));
			if (firstRun && uri.isLocal()) {
				Path root = Path.of(uri.withoutOptions());
				if (!java.nio.file.Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					java.nio.file.Files.createDirectories(root);
				}
			}
			return factory.get().connect(spec, monitor);
		} catch (SecretsUnavailableException e) {
			throw new SyncException(SyncException.Kind.CANNOT_CONNECT, side + ": cannot read the stored credentials for "
					+ EndpointUri.redact(uri.withoutOptions()) + ": " + e.getMessage(), e);
		} catch (java.io.IOException e) {
			throw new SyncException(SyncException.Kind.CANNOT_CONNECT, side + ": cannot create " + uri.withoutOptions()
					+ ": " + e.getMessage(), e);
		} catch (ConnectorException e) {
			if (e.reason() == ConnectorException.Reason.NOT_FOUND) {
				throw new SyncException(SyncException.Kind.SAFETY, "the " + side + " side " + uri.withoutOptions()
						+ " does not exist (not mounted?); nothing was changed", e);
			}
			throw new SyncException(SyncException.Kind.CANNOT_CONNECT, side + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Scans both sides at the same time (listing is latency-bound: two endpoints, or two disks,
	 * overlap well); the first failure is reported, and the other scan is cancelled then. Only the
	 * left scan reports work to the monitor (a monitor is not for two threads at once); both report
	 * their counts to the listener.
	 */
	private Snapshot[] scanBoth(Connection left, Connection right, SyncProfile profile, PlanSettings settings,
			IProgressMonitor monitor, ProgressListener listener) throws ConnectorException, InterruptedException {
		java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
		IProgressMonitor rightMonitor = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return failed.get() || monitor.isCanceled();
			}
		};
		java.util.concurrent.CompletableFuture<Snapshot> rightScan = new java.util.concurrent.CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				rightScan.complete(scan(right, profile, settings, rightMonitor, n -> listener.scanned(Side.RIGHT, n)));
			} catch (Throwable e) {
				rightScan.completeExceptionally(e);
			}
		}, "karma-scan-right");
		thread.setDaemon(true);
		thread.start();
		Snapshot leftSnapshot;
		try {
			leftSnapshot = scan(left, profile, settings, monitor, n -> listener.scanned(Side.LEFT, n));
		} catch (ConnectorException | RuntimeException e) {
			failed.set(true);
			thread.join();
			throw e;
		}
		try {
			return new Snapshot[] { leftSnapshot, rightScan.get() };
		} catch (java.util.concurrent.ExecutionException e) {
			if (e.getCause() instanceof ConnectorException c) {
				throw c;
			}
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private Snapshot scan(Connection connection, SyncProfile profile, PlanSettings settings, IProgressMonitor monitor,
			java.util.function.LongConsumer listed) throws ConnectorException {
		ScanSettings scan = ScanSettings.of(settings::takesPart);
		var filter = profile.getFilter();
		scan = scan.withSizeLimits(filter.isSetMinSizeBytes() ? filter.getMinSizeBytes() : null,
				filter.isSetMaxSizeBytes() ? filter.getMaxSizeBytes() : null);
		if (filter.isSetMaxAgeDays()) {
			scan = scan.withMaxAge(Duration.ofDays(filter.getMaxAgeDays()), clock);
		}
		if (profile.getComparison().getMethod() == ComparisonMethod.CHECKSUM) {
			scan = scan.withHashKind(profile.getComparison().getChecksumAlgorithm() == HashAlgorithm.MD5 ? HashKind.MD5
					: HashKind.SHA256);
		}
		return new Scanner(connection, scan.withParallelism(profile.getParallelTransfers())).scan(monitor, listed);
	}

	/**
	 * Records base entries in groups (one durable journal write per group instead of one per item).
	 * Safe: an entry is only ever recorded after its item was applied and verified; a crash loses
	 * at most the last group, and a base that lags the endpoints only makes the next run compare
	 * those paths afresh (equal on both sides: recorded again). It never runs ahead of them.
	 */
	static final class GroupedBase implements BaseSink, AutoCloseable {
		private static final int GROUP = 512;
		private final BaseStore store;
		private final Map<org.karma.connector.api.RelPath, Optional<BaseEntry>> pending = new LinkedHashMap<>();

		GroupedBase(BaseStore store) {
			this.store = store;
		}

		@Override
		public synchronized void put(org.karma.connector.api.RelPath path, BaseEntry entry) throws Exception {
			pending.remove(path);
			pending.put(path, Optional.of(entry));
			flushIfFull();
		}

		@Override
		public synchronized void remove(org.karma.connector.api.RelPath path) throws Exception {
			pending.remove(path);
			pending.put(path, Optional.empty());
			flushIfFull();
		}

		private void flushIfFull() throws java.io.IOException {
			if (pending.size() >= GROUP) {
				flush();
			}
		}

		/** Writes what is pending: puts in one durable record group, then removes in another. */
		synchronized void flush() throws java.io.IOException {
			Map<org.karma.connector.api.RelPath, BaseEntry> puts = new LinkedHashMap<>();
			java.util.List<org.karma.connector.api.RelPath> removes = new java.util.ArrayList<>();
			pending.forEach((path, entry) -> {
				if (entry.isPresent()) {
					puts.put(path, entry.get());
				} else {
					removes.add(path);
				}
			});
			if (!puts.isEmpty()) {
				store.putAll(puts);
			}
			if (!removes.isEmpty()) {
				store.removeAll(removes);
			}
			pending.clear();
		}

		@Override
		public void close() throws java.io.IOException {
			flush();
		}
	}

	private void pruneVersions(SyncProfile profile, Connection left, Connection right, Consumer<String> log,
			IProgressMonitor monitor) {
		RetentionSettings retention = RetentionSettings.of(profile.getVersioning());
		for (Connection connection : new Connection[] { left, right }) {
			try {
				new VersionArchive(connection, clock).prune(retention, clock, monitor);
			} catch (ConnectorException e) {
				log.accept("pruning old versions failed: " + e.getMessage());
			}
		}
	}
}
