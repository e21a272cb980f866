package org.karma.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.engine.ItemResult.Outcome;
import org.karma.engine.versions.VersionArchive;

/**
 * Applies a {@link Plan} to the two endpoints, safely:
 * <ul>
 * <li>every item is checked again just before acting: if a side changed since the scan, the item
 * becomes a conflict and nothing is overwritten;</li>
 * <li>a file about to be overwritten or deleted is first kept as a version (unless versions are
 * off), and the write or delete carries a precondition so that a change in between is never lost;</li>
 * <li>writes are whole-or-nothing (the connector's contract), keep the source's modification
 * time, and are verified (size always; content hash when asked);</li>
 * <li>a copy retried after a transient failure continues the interrupted upload where the target
 * holds part of it ({@link Capability.ResumableUpload}): only the rest of the source is sent, under
 * the same precondition and verification; a failed resume is followed by a whole write;</li>
 * <li>the base entry of an item is recorded only after the item was applied and verified;</li>
 * <li>folders are created first, files are copied in parallel (bounded by the settings and both
 * connections' limits), deletes run last, deepest first, and are held back on a side that had
 * errors;</li>
 * <li>a folder replaced by a file: the deletes of everything in the folder are the only deletes
 * that run early, as part of the file's item: the folder is first checked against the scan (new
 * or changed content in it makes the item a conflict and nothing is touched), then its files are
 * kept as versions and deleted, deepest first, then the empty folder is removed and the file
 * written. A file replaced by a folder is kept as a version before the folder is created;</li>
 * <li>on a connection with {@link Capability.Batch} (a ZIP archive) all changes of the run are one
 * batch, committed at the end (also after a cancellation); the base entries of items on that side
 * are recorded only after the commit succeeded; if it fails, those items are failed and get
 * none;</li>
 * <li>cancellation stops starting new items; items under way finish or abandon cleanly.</li>
 * </ul>
 * One execution at a time per instance.
 */
public final class Executor {

	/**
	 * @param concurrency  parallel transfers asked for (capped by both connections)
	 * @param verifyHash   re-read every copied file and compare its SHA-256 with the source's
	 * @param keepVersions keep overwritten and deleted files in the versions folder
	 * @param retries      attempts after a transient failure
	 * @param sleeper      waits between retries (injected so tests do not sleep)
	 */
	public record Settings(int concurrency, boolean verifyHash, boolean keepVersions, Clock clock, int retries,
			Sleeper sleeper) {
	}

	/** Waits between retries. */
	@FunctionalInterface
	public interface Sleeper {
		void sleep(long millis) throws InterruptedException;
	}

	/** Totals of a run. */
	public record Result(List<ItemResult> items, int created, int updated, int deleted, int conflicts, int errors,
			long bytes, boolean cancelled) {
	}

	private static final DateTimeFormatter CONFLICT_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
			.withZone(ZoneOffset.UTC);

	private final Connection left;
	private final Connection right;
	private final Settings settings;
	private final BaseSink base;
	private final VersionArchive leftVersions;
	private final VersionArchive rightVersions;
	private final Set<Side> sidesWithErrors = Collections.newSetFromMap(new ConcurrentHashMap<>());
	private volatile ProgressListener listener = ProgressListener.NONE;
	private SubMonitor progress = SubMonitor.convert(null);
	/** Sides whose changes are collected in an open batch. */
	private final Map<Side, Capability.Batch> batches = new EnumMap<>(Side.class);
	/** Base changes of items on a batched side, recorded after the commit. */
	private final List<PendingBase> pending = new ArrayList<>();

	/** A base change waiting for the commit of a batch (entry null: remove). */
	private record PendingBase(PlanItem item, RelPath path, BaseEntry entry) {
	}

	/** Interrupted uploads whose resume failed: their next attempt writes the whole file. */
	private final Set<Target> resumeFailed = ConcurrentHashMap.newKeySet();
	/**
	 * Files moved back from the versions folder after a failed replacement, as they are now: still
	 * the file the scan saw (a rename may give it a new version), so a retry may replace them.
	 */
	private final Map<Target, Entry> restored = new ConcurrentHashMap<>();

	/** A file on one of the connections. */
	private record Target(Connection connection, RelPath path) {
	}

	public Executor(Connection left, Connection right, Settings settings, BaseSink base) {
		this.left = left;
		this.right = right;
		this.settings = settings;
		this.base = base;
		this.leftVersions = new VersionArchive(left, settings.clock());
		this.rightVersions = new VersionArchive(right, settings.clock());
	}

	/**
	 * Executes the plan.
	 *
	 * @throws IllegalArgumentException for an aborted plan (it must never be executed)
	 */
	public Result execute(Plan plan, IProgressMonitor monitor) throws InterruptedException {
		return execute(plan, monitor, ProgressListener.NONE);
	}

	/**
	 * Executes the plan, reporting the files transferred to {@code listener} and one unit of work
	 * per item to {@code monitor}. Cancelling the monitor stops starting new items; a transfer under
	 * way is abandoned at its next buffer (its temporary file removed by the connector, no base
	 * entry recorded) and reported as {@link Outcome#NOT_RUN}.
	 *
	 * @throws IllegalArgumentException for an aborted plan (it must never be executed)
	 */
	public Result execute(Plan plan, IProgressMonitor monitor, ProgressListener listener) throws InterruptedException {
		if (plan.isAborted()) {
			throw new IllegalArgumentException("an aborted plan cannot be executed: " + plan.abort().get().message());
		}
		this.listener = java.util.Objects.requireNonNull(listener);
		this.progress = SubMonitor.convert(monitor, "Syncing", plan.items().size());
		IProgressMonitor caller = monitor;
		// connectors and pool threads only ask whether the run is cancelled: a thread-safe view
		IProgressMonitor m = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return caller != null && caller.isCanceled();
			}
		};
		List<ItemResult> results = Collections.synchronizedList(new ArrayList<>());
		begin(plan, m);
		try {
			run(plan, results, m);
		} finally {
			commit(results, m);
		}
		progress.done();
		return summarize(results, m.isCanceled());
	}

	private void run(Plan plan, List<ItemResult> results, IProgressMonitor m) throws InterruptedException {
		List<PlanItem> folders = new ArrayList<>();
		List<PlanItem> files = new ArrayList<>();
		List<PlanItem> deletes = new ArrayList<>();
		for (PlanItem item : plan.items()) {
			switch (item.action()) {
			case DELETE_LEFT, DELETE_RIGHT -> deletes.add(item);
			case COPY_LEFT_TO_RIGHT, COPY_RIGHT_TO_LEFT -> {
				FileState source = item.action() == Action.COPY_LEFT_TO_RIGHT ? item.left() : item.right();
				(source != null && source.isDirectory() ? folders : files).add(item);
			}
			case KEEP_BOTH -> files.add(item);
			default -> results.add(worked(run(item, m))); // base-only items and reported conflicts
			}
		}
		// a folder replaced by a file: the deletes below it must run before the file is written
		Map<RelPath, List<PlanItem>> emptied = new HashMap<>();
		for (PlanItem file : files) {
			Side to = file.action() == Action.COPY_LEFT_TO_RIGHT ? Side.RIGHT : Side.LEFT;
			if (file.action() != Action.KEEP_BOTH && planned(file, to) != null && planned(file, to).isDirectory()) {
				Action delete = to == Side.LEFT ? Action.DELETE_LEFT : Action.DELETE_RIGHT;
				List<PlanItem> below = deletes.stream()
						.filter(d -> d.action() == delete && d.path().startsWith(file.path()) && !d.path().equals(file.path()))
						.sorted(Comparator.comparing(PlanItem::path, Comparator.reverseOrder())).toList();
				deletes.removeAll(below);
				emptied.put(file.path(), below);
			}
		}
		int transfers = 0;
		long bytes = 0;
		for (PlanItem file : files) {
			transfers++;
			bytes += expectedBytes(file);
		}
		listener.totals(transfers, bytes);
		for (PlanItem folder : folders) {
			results.add(worked(m.isCanceled() ? notRun(folder, "cancelled") : run(folder, m)));
		}
		int threads = Math.max(1, Math.min(settings.concurrency(),
				Math.min(left.facts().maxConcurrency(), right.facts().maxConcurrency())));
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "karma-transfer");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<List<ItemResult>>> futures = new ArrayList<>();
			for (PlanItem file : files) {
				List<PlanItem> below = emptied.get(file.path());
				futures.add(pool.submit(() -> worked(m.isCanceled() ? cancelled(file, below)
						: below == null ? List.of(transferItem(file, m)) : replaceFolder(file, below, m))));
			}
			for (Future<List<ItemResult>> future : futures) {
				try {
					results.addAll(future.get());
				} catch (ExecutionException e) {
					throw new IllegalStateException("bug in the executor", e.getCause());
				}
			}
		} finally {
			pool.shutdownNow();
		}
		deletes.sort(Comparator.comparing(PlanItem::path, Comparator.reverseOrder())); // children before parents
		for (PlanItem delete : deletes) {
			Side side = delete.action() == Action.DELETE_LEFT ? Side.LEFT : Side.RIGHT;
			if (m.isCanceled()) {
				results.add(worked(notRun(delete, "cancelled")));
			} else if (sidesWithErrors.contains(side)) {
				results.add(worked(notRun(delete, "held back: the " + side.label() + " side had errors in this run")));
			} else {
				results.add(worked(run(delete, m)));
			}
		}
	}

	private static List<ItemResult> cancelled(PlanItem item, List<PlanItem> below) {
		List<ItemResult> results = new ArrayList<>();
		results.add(notRun(item, "cancelled"));
		if (below != null) {
			below.forEach(b -> results.add(notRun(b, "cancelled")));
		}
		return results;
	}

	/**
	 * A folder replaced by a file: checks that the folder holds only what the scan saw, deletes its
	 * content (files kept as versions), deepest first, then runs the copy (which removes the then
	 * empty folder and writes the file).
	 */
	private List<ItemResult> replaceFolder(PlanItem item, List<PlanItem> below, IProgressMonitor monitor) {
		Side to = item.action() == Action.COPY_LEFT_TO_RIGHT ? Side.RIGHT : Side.LEFT;
		List<ItemResult> results = new ArrayList<>();
		Optional<String> unseen;
		try {
			unseen = unseenContent(connection(to), item.path(), below, to, monitor);
		} catch (ConnectorException e) {
			unseen = Optional.of("the folder could not be listed: " + e.getMessage());
		}
		if (unseen.isPresent()) {
			results.add(new ItemResult(item, Outcome.CONFLICT, 0, "the folder " + item.path() + " on the " + to.label()
					+ " side is not as planned (" + unseen.get() + "); it is not replaced, nothing in it is deleted"));
			below.forEach(b -> results.add(notRun(b, "held back: the folder it is in changed since the scan")));
			return results;
		}
		boolean emptied = true;
		for (PlanItem delete : below) {
			ItemResult r = monitor.isCanceled() ? notRun(delete, "cancelled") : run(delete, monitor);
			results.add(r);
			emptied &= r.outcome() == Outcome.DONE;
		}
		if (!emptied) {
			results.add(new ItemResult(item, Outcome.CONFLICT, 0, "the folder " + item.path() + " on the " + to.label()
					+ " side could not be emptied; the file was not written, the folder is left as it is"));
			return results;
		}
		results.add(transferItem(item, monitor));
		return results;
	}

	/** What is in the folder now that the plan did not see there (or changed since), if anything. */
	private static Optional<String> unseenContent(Connection connection, RelPath folder, List<PlanItem> below, Side side,
			IProgressMonitor monitor) throws ConnectorException {
		Map<RelPath, FileState> seen = new HashMap<>();
		for (PlanItem b : below) {
			seen.put(b.path(), planned(b, side));
		}
		List<RelPath> todo = new ArrayList<>(List.of(folder));
		while (!todo.isEmpty()) {
			RelPath dir = todo.remove(todo.size() - 1);
			List<Entry> children = new ArrayList<>();
			connection.list(dir, children::add, monitor);
			for (Entry e : children) {
				if (!seen.containsKey(e.path())) {
					return Optional.of(e.path() + " is there and not to be deleted");
				}
				if (!stillAsPlanned(seen.get(e.path()), Optional.of(e))) {
					return Optional.of(e.path() + " changed");
				}
				if (e.isDirectory()) {
					todo.add(e.path());
				}
			}
		}
		return Optional.empty();
	}

	/** Starts a batch on each side that offers one (a side whose batch cannot start goes unbatched). */
	private void begin(Plan plan, IProgressMonitor monitor) {
		if (plan.items().stream().noneMatch(PlanItem::changesEndpoints)) {
			return;
		}
		for (Side side : Side.values()) {
			Optional<Capability.Batch> batch = connection(side).capability(Capability.Batch.class);
			if (batch.isPresent() && (side == Side.LEFT || connection(Side.RIGHT) != connection(Side.LEFT))) {
				try {
					batch.get().begin(monitor);
					batches.put(side, batch.get());
				} catch (ConnectorException e) {
					// not batched: every change commits on its own, which is slower but as safe
				}
			}
		}
	}

	/**
	 * Commits the open batches (also after a cancellation: what was applied is kept), then records
	 * the base changes waiting for them; the items of a side whose commit failed become failures.
	 */
	private void commit(List<ItemResult> results, IProgressMonitor monitor) {
		if (batches.isEmpty()) {
			return;
		}
		IProgressMonitor m = monitor.isCanceled() ? new NullProgressMonitor() : monitor;
		Map<Side, String> failures = new EnumMap<>(Side.class);
		for (Map.Entry<Side, Capability.Batch> batch : batches.entrySet()) {
			try {
				batch.getValue().commit(m);
			} catch (ConnectorException | RuntimeException e) {
				failures.put(batch.getKey(), String.valueOf(e.getMessage()));
				sidesWithErrors.add(batch.getKey());
				try {
					batch.getValue().rollback(new NullProgressMonitor());
				} catch (ConnectorException | RuntimeException ignored) {
					// a failed commit has dropped the batch already
				}
			}
		}
		batches.clear();
		List<PendingBase> waiting;
		synchronized (this) {
			waiting = new ArrayList<>(pending);
			pending.clear();
		}
		Map<PlanItem, String> unrecorded = new HashMap<>();
		for (PendingBase p : waiting) {
			Optional<Side> failed = touched(p.item()).stream().filter(failures::containsKey).findFirst();
			if (failed.isPresent()) {
				unrecorded.put(p.item(), "not saved: committing the changes on the " + failed.get().label()
						+ " side failed: " + failures.get(failed.get()));
				continue;
			}
			try {
				if (p.entry() == null) {
					base.remove(p.path());
				} else {
					base.put(p.path(), p.entry());
				}
			} catch (Exception e) {
				unrecorded.put(p.item(), "applied, but recording it in the sync state failed: " + e.getMessage());
			}
		}
		synchronized (results) {
			for (int i = 0; i < results.size(); i++) {
				ItemResult r = results.get(i);
				Optional<Side> failed = touched(r.item()).stream().filter(failures::containsKey).findFirst();
				if (r.outcome() == Outcome.DONE && (failed.isPresent() || unrecorded.containsKey(r.item()))) {
					results.set(i, new ItemResult(r.item(), Outcome.FAILED, 0, unrecorded.getOrDefault(r.item(),
							"not saved: committing the changes on the " + failed.map(Side::label).orElse("")
									+ " side failed: " + failed.map(failures::get).orElse(""))));
				}
			}
		}
	}

	/** The sides an item changes. */
	private static Set<Side> touched(PlanItem item) {
		return switch (item.action()) {
		case COPY_LEFT_TO_RIGHT, DELETE_RIGHT -> EnumSet.of(Side.RIGHT);
		case COPY_RIGHT_TO_LEFT, DELETE_LEFT -> EnumSet.of(Side.LEFT);
		case KEEP_BOTH -> EnumSet.allOf(Side.class);
		default -> EnumSet.noneOf(Side.class);
		};
	}

	/** Runs a file item, telling the listener when it starts and ends. */
	private ItemResult transferItem(PlanItem file, IProgressMonitor monitor) {
		long expected = expectedBytes(file);
		listener.itemStarted(file.path(), expected);
		synchronized (this) {
			progress.subTask(file.path().toString());
		}
		ItemResult result = run(file, monitor);
		listener.itemFinished(file.path(), expected, result.outcome() == Outcome.DONE);
		return result;
	}

	/** The bytes a file item is expected to transfer. */
	private static long expectedBytes(PlanItem item) {
		return switch (item.action()) {
		case COPY_LEFT_TO_RIGHT -> item.left() == null ? 0 : item.left().size();
		case COPY_RIGHT_TO_LEFT -> item.right() == null ? 0 : item.right().size();
		case KEEP_BOTH -> (item.left() == null ? 0 : item.left().size()) + 2 * (item.right() == null ? 0 : item.right().size());
		default -> 0;
		};
	}

	/** One unit of work done; the monitor is not thread-safe, so calls are serialized. */
	private synchronized ItemResult worked(ItemResult result) {
		progress.worked(1);
		return result;
	}

	/** Units of work done, one per item; the monitor is not thread-safe, so calls are serialized. */
	private synchronized List<ItemResult> worked(List<ItemResult> results) {
		progress.worked(results.size());
		return results;
	}

	private Result summarize(List<ItemResult> results, boolean cancelled) {
		List<ItemResult> sorted = new ArrayList<>(results);
		sorted.sort(Comparator.comparing(r -> r.item().path()));
		int created = 0;
		int updated = 0;
		int deleted = 0;
		int conflicts = 0;
		int errors = 0;
		long bytes = 0;
		for (ItemResult r : sorted) {
			bytes += r.bytes();
			switch (r.outcome()) {
			case DONE -> {
				PlanItem item = r.item();
				switch (item.action()) {
				case DELETE_LEFT, DELETE_RIGHT -> deleted++;
				case COPY_LEFT_TO_RIGHT -> {
					if (item.right() == null) {
						created++;
					} else {
						updated++;
					}
				}
				case COPY_RIGHT_TO_LEFT -> {
					if (item.left() == null) {
						created++;
					} else {
						updated++;
					}
				}
				case KEEP_BOTH -> created++;
				default -> {
					// base only
				}
				}
			}
			case CONFLICT -> conflicts++;
			case FAILED -> errors++;
			default -> {
				// unchanged, skipped by the user, not run
			}
			}
		}
		return new Result(List.copyOf(sorted), created, updated, deleted, conflicts, errors, bytes, cancelled);
	}

	private static ItemResult notRun(PlanItem item, String why) {
		return new ItemResult(item, Outcome.NOT_RUN, 0, why);
	}

	/** Runs one item with retries of transient failures; never throws for endpoint errors. */
	private ItemResult run(PlanItem item, IProgressMonitor monitor) {
		for (int attempt = 0;; attempt++) {
			try {
				return apply(item, monitor);
			} catch (ConnectorException e) {
				if (e.reason() == Reason.CANCELLED || monitor.isCanceled()) {
					return notRun(item, "cancelled"); // abandoned: nothing recorded for it
				}
				if (e.reason() == Reason.PRECONDITION_FAILED) {
					return new ItemResult(item, Outcome.CONFLICT, 0,
							"changed while being synced; left as it is: " + e.getMessage());
				}
				if (e.isRetryable() && attempt < settings.retries()) {
					try {
						settings.sleeper().sleep(200L << Math.min(attempt, 6));
					} catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
						return notRun(item, "interrupted");
					}
					continue;
				}
				failed(item);
				return new ItemResult(item, Outcome.FAILED, 0, e.getMessage());
			} catch (Exception e) {
				if (monitor.isCanceled()) {
					return notRun(item, "cancelled");
				}
				failed(item);
				return new ItemResult(item, Outcome.FAILED, 0, String.valueOf(e.getMessage()));
			}
		}
	}

	private void failed(PlanItem item) {
		switch (item.action()) {
		case COPY_LEFT_TO_RIGHT, DELETE_RIGHT -> sidesWithErrors.add(Side.RIGHT);
		case COPY_RIGHT_TO_LEFT, DELETE_LEFT -> sidesWithErrors.add(Side.LEFT);
		default -> sidesWithErrors.addAll(EnumSet.allOf(Side.class));
		}
	}

	private ItemResult apply(PlanItem item, IProgressMonitor monitor) throws Exception {
		return switch (item.action()) {
		case NOTHING -> new ItemResult(item, Outcome.UNCHANGED, 0, item.reason());
		case UPDATE_BASE -> {
			record(item, item.path(), new BaseEntry(item.left(), item.right()));
			yield new ItemResult(item, Outcome.UNCHANGED, 0, item.reason());
		}
		case FORGET_BASE -> {
			forget(item, item.path());
			yield new ItemResult(item, Outcome.UNCHANGED, 0, item.reason());
		}
		case SKIP -> new ItemResult(item, item.conflict() == ConflictKind.NONE ? Outcome.SKIPPED : Outcome.CONFLICT, 0,
				item.reason());
		case COPY_LEFT_TO_RIGHT -> copy(item, Side.LEFT, monitor);
		case COPY_RIGHT_TO_LEFT -> copy(item, Side.RIGHT, monitor);
		case DELETE_LEFT -> delete(item, Side.LEFT, monitor);
		case DELETE_RIGHT -> delete(item, Side.RIGHT, monitor);
		case KEEP_BOTH -> keepBoth(item, monitor);
		};
	}

	private Connection connection(Side side) {
		return side == Side.LEFT ? left : right;
	}

	private VersionArchive versions(Side side) {
		return side == Side.LEFT ? leftVersions : rightVersions;
	}

	private static FileState planned(PlanItem item, Side side) {
		return side == Side.LEFT ? item.left() : item.right();
	}

	/** Whether what is there now is what the scan saw. */
	private static boolean stillAsPlanned(FileState planned, Optional<Entry> now) {
		if (planned == null || now.isEmpty()) {
			return planned == null && now.isEmpty();
		}
		Entry e = now.get();
		if (e.kind() != planned.kind()) {
			return false;
		}
		if (!planned.isFile()) {
			return true;
		}
		if (!planned.version().isEmpty()) {
			return planned.version().equals(e.version());
		}
		return e.size() == planned.size() && java.util.Objects.equals(e.mtime(), planned.mtime());
	}

	private ItemResult changedSinceScan(PlanItem item, Side side) {
		return new ItemResult(item, Outcome.CONFLICT, 0,
				"changed on the " + side.label() + " side since the scan; left as it is for the next run");
	}

	/** Records an item's base entry now, or after the commit when the item changes a batched side. */
	private synchronized void record(PlanItem item, RelPath path, BaseEntry entry) throws Exception {
		if (touched(item).stream().anyMatch(batches::containsKey)) {
			pending.add(new PendingBase(item, path, entry));
		} else {
			base.put(path, entry);
		}
	}

	private synchronized void forget(PlanItem item, RelPath path) throws Exception {
		if (touched(item).stream().anyMatch(batches::containsKey)) {
			pending.add(new PendingBase(item, path, null));
		} else {
			base.remove(path);
		}
	}

	private ItemResult copy(PlanItem item, Side from, IProgressMonitor monitor) throws Exception {
		Side to = from.other();
		Connection source = connection(from);
		Connection target = connection(to);
		RelPath path = item.path();
		Optional<Entry> sourceNow = source.stat(path, monitor);
		if (!stillAsPlanned(planned(item, from), sourceNow)) {
			return changedSinceScan(item, from);
		}
		Entry src = sourceNow.get();
		Optional<Entry> targetNow = target.stat(path, monitor);
		FileState plannedTarget = planned(item, to);
		// a folder replaced by a file: its content was deleted just before, it may be gone already
		boolean replacingFolder = src.isFile() && plannedTarget != null && plannedTarget.isDirectory()
				&& (targetNow.isEmpty() || targetNow.get().isDirectory());
		Entry back = restored.remove(new Target(target, path));
		if (!replacingFolder && !stillAsPlanned(plannedTarget, targetNow)
				&& (back == null || !stillAsPlanned(FileState.of(back, null), targetNow))) {
			return changedSinceScan(item, to);
		}
		if (src.isDirectory()) {
			if (targetNow.isPresent() && !targetNow.get().isDirectory()) {
				Precondition next = keep(to, path, targetNow.get(), monitor);
				if (!(next instanceof Precondition.Absent)) {
					target.delete(path, false, next, monitor);
				}
			}
			Entry made = target.mkdir(path, monitor);
			record(item, path, entry(from, FileState.of(src, null), FileState.of(made, null)));
			return new ItemResult(item, Outcome.DONE, 0, item.reason());
		}
		if (targetNow.isPresent() && targetNow.get().isDirectory()) {
			try {
				target.delete(path, false, Precondition.NONE, monitor);
			} catch (ConnectorException e) {
				if (e.reason() == Reason.NOT_EMPTY) {
					return new ItemResult(item, Outcome.CONFLICT, 0, "a folder that is not empty is in the way on the "
							+ to.label() + " side; left as it is");
				}
				throw e;
			}
			targetNow = Optional.empty();
		}
		VersionArchive.Archived archived = targetNow.isEmpty() ? null : archive(to, path, targetNow.get(), monitor);
		Precondition precondition = targetNow.isEmpty() ? Precondition.ABSENT
				: archived != null ? archived.next() : Precondition.unchanged(targetNow.get().version());
		Entry written = replace(to, path, archived, () -> transfer(source, target, path, path, src, precondition, monitor),
				monitor);
		record(item, path, entry(from, FileState.of(src, null), FileState.of(written, null)));
		return new ItemResult(item, Outcome.DONE, written.size(), item.reason());
	}

	/** A step that may fail. */
	@FunctionalInterface
	private interface Step<T> {
		T run() throws ConnectorException, IOException;
	}

	/**
	 * Runs the replacement of a file that was moved into the versions folder; if the replacement
	 * fails, the file is moved back, so a failed update leaves the old file where it was.
	 */
	private <T> T replace(Side side, RelPath path, VersionArchive.Archived archived, Step<T> step, IProgressMonitor monitor)
			throws ConnectorException, IOException {
		try {
			return step.run();
		} catch (ConnectorException | IOException | RuntimeException e) {
			if (archived != null && archived.moved()) {
				Optional<org.karma.connector.api.Capability.Rename> rename = connection(side)
						.capability(org.karma.connector.api.Capability.Rename.class);
				try {
					if (rename.isPresent()) {
						Entry back = rename.get().rename(archived.version().path(), path, false, new NullProgressMonitor());
						restored.put(new Target(connection(side), path), back);
					}
				} catch (ConnectorException undo) {
					e.addSuppressed(undo); // still safe: the old file stays in the versions folder
				}
			}
			throw e;
		}
	}

	/** Keeps a file as a version before it is replaced or deleted; null when versions are off. */
	private VersionArchive.Archived archive(Side side, RelPath path, Entry seen, IProgressMonitor monitor)
			throws ConnectorException {
		return settings.keepVersions() && seen.isFile() ? versions(side).archive(path, seen, monitor) : null;
	}

	/** Keeps the file as a version before it is removed; returns the precondition for the removal. */
	private Precondition keep(Side side, RelPath path, Entry seen, IProgressMonitor monitor) throws ConnectorException {
		VersionArchive.Archived archived = archive(side, path, seen, monitor);
		if (archived != null) {
			return archived.next();
		}
		return seen.isFile() ? Precondition.unchanged(seen.version()) : Precondition.NONE;
	}

	private static BaseEntry entry(Side from, FileState sourceState, FileState targetState) {
		return from == Side.LEFT ? new BaseEntry(sourceState, targetState) : new BaseEntry(targetState, sourceState);
	}

	/**
	 * Copies a file's content, keeping its modification time, and verifies the copy. Where the
	 * target holds part of an interrupted upload of the file ({@link Capability.ResumableUpload}),
	 * only the rest is sent; if that resume fails, the next attempt writes the whole file.
	 */
	private Entry transfer(Connection source, Connection target, RelPath from, RelPath to, Entry src,
			Precondition precondition, IProgressMonitor monitor) throws ConnectorException, IOException {
		MessageDigest digest = settings.verifyHash() ? sha256() : null;
		WriteOptions options = WriteOptions.DEFAULT.withSize(src.size()).withMtime(src.mtime())
				.withPrecondition(precondition).withCreateParents(true);
		Entry written = resume(source, target, from, to, src, options, digest, monitor);
		if (written == null) {
			try (InputStream raw = new Counting(source.read(from, monitor), listener, monitor, from);
					InputStream in = digest == null ? raw : new DigestInputStream(raw, digest)) {
				written = target.write(to, in, options, monitor);
			}
		}
		if (written.size() != src.size()) {
			throw new ConnectorException(Reason.FATAL, to,
					"verification failed: wrote " + written.size() + " bytes of " + src.size() + " to " + to);
		}
		if (digest != null) {
			MessageDigest check = sha256();
			try (InputStream back = target.read(to, monitor)) {
				byte[] buffer = new byte[1 << 16];
				for (int n; (n = back.read(buffer)) > 0;) {
					check.update(buffer, 0, n);
				}
			}
			if (!MessageDigest.isEqual(digest.digest(), check.digest())) {
				throw new ConnectorException(Reason.FATAL, to, "verification failed: the copy of " + to
						+ " differs from the source (SHA-256); the previous version is in the versions folder");
			}
		}
		return written;
	}

	/**
	 * Continues an interrupted upload of {@code to}: the source is read from the bytes the target
	 * holds on (those were counted as transferred by the interrupted attempt). Null when there is
	 * nothing to resume, or when the resume was refused (not retryable, e.g. UNSUPPORTED or "write it
	 * again"): then the caller writes the whole file at once.
	 */
	private Entry resume(Connection source, Connection target, RelPath from, RelPath to, Entry src, WriteOptions options,
			MessageDigest digest, IProgressMonitor monitor) throws ConnectorException, IOException {
		Optional<Capability.ResumableUpload> resumable = target.capability(Capability.ResumableUpload.class);
		if (resumable.isEmpty() || resumeFailed.remove(new Target(target, to))) {
			return null;
		}
		long kept = resumable.get().resumableBytes(to, monitor);
		if (kept <= 0 || kept > src.size()) {
			return null; // a new write replaces what is kept
		}
		try (InputStream raw = new Counting(skip(source, from, kept, digest, monitor), listener, monitor, from);
				InputStream rest = digest == null ? raw : new DigestInputStream(raw, digest)) {
			return resumable.get().resume(to, rest, options, monitor);
		} catch (ConnectorException e) {
			if (e.reason() == Reason.CANCELLED || e.reason() == Reason.PRECONDITION_FAILED) {
				throw e;
			}
			resumeFailed.add(new Target(target, to));
			if (e.isRetryable()) {
				throw e;
			}
			if (digest != null) {
				digest.reset();
			}
			return null;
		}
	}

	/**
	 * The source's content from {@code offset} on: a range read where the source has one (and no
	 * hash is computed), else read from the start, the first bytes only added to the hash.
	 */
	private static InputStream skip(Connection source, RelPath path, long offset, MessageDigest digest,
			IProgressMonitor monitor) throws ConnectorException, IOException {
		Optional<Capability.RangeRead> range = source.capability(Capability.RangeRead.class);
		if (digest == null && range.isPresent()) {
			return range.get().read(path, offset, -1, monitor);
		}
		InputStream in = source.read(path, monitor);
		try {
			byte[] buffer = new byte[1 << 16];
			for (long left = offset; left > 0;) {
				ConnectorException.checkCancelled(monitor, path);
				int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (n < 0) {
					throw new ConnectorException(Reason.FATAL, path, "'" + path + "' ended after " + (offset - left)
							+ " bytes; " + offset + " were expected");
				}
				if (digest != null) {
					digest.update(buffer, 0, n);
				}
				left -= n;
			}
			return in;
		} catch (ConnectorException | IOException | RuntimeException e) {
			in.close();
			throw e;
		}
	}

	/**
	 * The source of a transfer: tells the listener the bytes read, once per buffer, and ends the
	 * transfer at the next buffer once the run is cancelled (for connectors that do not check).
	 */
	private static final class Counting extends FilterInputStream {
		private final ProgressListener listener;
		private final IProgressMonitor monitor;
		private final RelPath path;

		Counting(InputStream in, ProgressListener listener, IProgressMonitor monitor, RelPath path) {
			super(in);
			this.listener = listener;
			this.monitor = monitor;
			this.path = path;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (monitor.isCanceled()) {
				throw new IOException("cancelled", new ConnectorException(Reason.CANCELLED, path, "cancelled"));
			}
			int n = super.read(b, off, len);
			if (n > 0) {
				listener.transferred(n);
			}
			return n;
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private ItemResult delete(PlanItem item, Side side, IProgressMonitor monitor) throws Exception {
		Connection connection = connection(side);
		RelPath path = item.path();
		Optional<Entry> now = connection.stat(path, monitor);
		if (now.isEmpty()) {
			forget(item, path);
			return new ItemResult(item, Outcome.DONE, 0, "already gone");
		}
		if (!stillAsPlanned(planned(item, side), now)) {
			return changedSinceScan(item, side);
		}
		if (now.get().isDirectory()) {
			try {
				connection.delete(path, false, Precondition.NONE, monitor);
			} catch (ConnectorException e) {
				if (e.reason() == Reason.NOT_EMPTY) {
					return new ItemResult(item, Outcome.CONFLICT, 0,
							"the folder is not empty any more on the " + side.label() + " side; kept");
				}
				throw e;
			}
		} else {
			Precondition next = keep(side, path, now.get(), monitor);
			if (!(next instanceof Precondition.Absent)) { // not moved into the versions folder already
				connection.delete(path, false, next, monitor);
			}
		}
		forget(item, path);
		return new ItemResult(item, Outcome.DONE, 0, item.reason());
	}

	/**
	 * Keeps both versions of a file changed on both sides: the right version is kept under a
	 * conflict name on both sides, the left version under the original name on both sides.
	 */
	private ItemResult keepBoth(PlanItem item, IProgressMonitor monitor) throws Exception {
		RelPath path = item.path();
		Optional<Entry> l = left.stat(path, monitor);
		Optional<Entry> r = right.stat(path, monitor);
		if (!stillAsPlanned(item.left(), l)) {
			return changedSinceScan(item, Side.LEFT);
		}
		if (!stillAsPlanned(item.right(), r)) {
			return changedSinceScan(item, Side.RIGHT);
		}
		if (!l.get().isFile() || !r.get().isFile()) {
			return new ItemResult(item, Outcome.CONFLICT, 0,
					"a file on one side and a folder on the other: left as it is; rename one of them");
		}
		RelPath conflictPath = path.parent().child(conflictName(path.name()));
		// 1. the right version under the conflict name, on both sides (nothing is replaced yet)
		Entry rightCopy = transfer(right, right, path, conflictPath, r.get(), Precondition.ABSENT, monitor);
		Entry leftCopy = transfer(right, left, conflictPath, conflictPath, rightCopy, Precondition.ABSENT, monitor);
		record(item, conflictPath, new BaseEntry(FileState.of(leftCopy, null), FileState.of(rightCopy, null)));
		// 2. the left version replaces the right one under the original name (kept as a version too)
		VersionArchive.Archived archived = archive(Side.RIGHT, path, r.get(), monitor);
		Precondition precondition = archived != null ? archived.next() : Precondition.unchanged(r.get().version());
		Entry written = replace(Side.RIGHT, path, archived,
				() -> transfer(left, right, path, path, l.get(), precondition, monitor), monitor);
		record(item, path, new BaseEntry(FileState.of(l.get(), null), FileState.of(written, null)));
		return new ItemResult(item, Outcome.DONE, written.size() + rightCopy.size() + leftCopy.size(),
				"both kept; the right version is " + conflictPath);
	}

	/** {@code report.txt} → {@code report.conflict-20261121-143005-right.txt}; dotfiles keep their name whole. */
	String conflictName(String name) {
		String stamp = ".conflict-" + CONFLICT_STAMP.format(settings.clock().instant()) + "-right";
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? name + stamp : name.substring(0, dot) + stamp + name.substring(dot);
	}
}
