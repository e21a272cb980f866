package org.karma.app.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.karma.engine.json.Json;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.SecretSource;
import org.karma.core.history.RunStatus;
import org.karma.core.profiles.Endpoints;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.core.sync.SyncException;
import org.karma.core.sync.SyncOperation;
import org.karma.engine.ItemResult;
import org.karma.engine.PlanItem;
import org.karma.model.EndpointUri;
import org.karma.model.Profiles;
import org.karma.model.profile.SyncProfile;

/**
 * {@code karma sync --profile NAME | LEFT RIGHT [--mode …] [--dry-run] [--checksum …] [--versions N]
 * [--conflict …] [--exclude GLOB]... [--force] [--json] [--quiet] [--concurrency N]}.
 *
 * <p>Shows the progress on stderr ({@link ProgressDisplay}) unless {@code --quiet}; the first
 * SIGINT/SIGTERM cancels the run (it stops cleanly, prints its summary and exits with 130), a
 * second one stops the process at once (exit 130; the saved state stays consistent because base
 * entries only ever follow completed items).
 */
final class SyncCommand {

	static final String SYNOPSIS = "sync --profile NAME | sync LEFT RIGHT [--mode mirror|update|two-way] [--dry-run]"
			+ " [--checksum sha256|md5] [--versions N] [--conflict keep-both|newer|left|right|skip] [--exclude GLOB]..."
			+ " [--force] [--json] [--quiet] [--concurrency N] [--password-env VAR]";

	private final KarmaHome home;
	private final ProfileStore store;
	private final ConnectorRegistry connectors;
	private final Path workingDirectory;
	private final PrintStream out;
	private final PrintStream err;
	private final Terminal terminal;
	private final Interrupts interrupts;
	private CredentialsAccess credentials;

	SyncCommand(KarmaHome home, ProfileStore store, ConnectorRegistry connectors, Path workingDirectory, PrintStream out,
			PrintStream err) {
		this(home, store, connectors, workingDirectory, out, err, Terminal.current(), Interrupts.system());
	}

	SyncCommand(KarmaHome home, ProfileStore store, ConnectorRegistry connectors, Path workingDirectory, PrintStream out,
			PrintStream err, Terminal terminal, Interrupts interrupts) {
		this.terminal = terminal;
		this.interrupts = interrupts;
		this.home = home;
		this.store = store;
		this.connectors = connectors;
		this.workingDirectory = workingDirectory;
		this.out = out;
		this.err = err;
	}

	/** Where the endpoints' secrets come from (without: none). */
	SyncCommand withCredentials(CredentialsAccess access) {
		this.credentials = access;
		return this;
	}

	ExitCode run(java.util.List<String> raw) throws UsageException {
		Args args = Args.parse("sync", raw,
				Set.of("profile", "mode", "checksum", "versions", "conflict", "exclude", "include", "concurrency",
						CredentialsAccess.PASSWORD_ENV),
				Set.of("dry-run", "force", "json", "quiet"));
		String profileName = args.one("profile");
		SyncProfile profile;
		boolean stored = profileName != null;
		if (stored) {
			args.expectPositionals(0, 0, "");
			try {
				profile = store.load(profileName);
			} catch (ProfileStoreException e) {
				throw new UsageException(e.getMessage());
			}
		} else {
			args.expectPositionals(2, 2, "LEFT and RIGHT (or --profile NAME)");
			profile = Profiles.create("adhoc", "", "");
			try {
				profile.setLeft(Endpoints.fromText(args.positionals().get(0), workingDirectory, connectors));
				profile.setRight(Endpoints.fromText(args.positionals().get(1), workingDirectory, connectors));
			} catch (EndpointUri.InvalidUriException e) {
				throw new UsageException(e.getMessage());
			}
		}
		ProfileOptions.apply(args, profile);
		Integer concurrency = null;
		if (args.one("concurrency") != null) {
			concurrency = ProfileOptions.number("--concurrency", args.one("concurrency"), "(1 to 64)");
			profile.setParallelTransfers(concurrency);
		}
		for (String problem : store.validate(profile)) {
			err.println("karma: " + problem.replaceFirst("^profile 'adhoc': ", ""));
		}
		if (!store.validate(profile).isEmpty()) {
			return ExitCode.BAD_INPUT;
		}
		boolean dryRun = args.flag("dry-run");
		SecretSource secrets = credentials == null ? SecretSource.NONE : credentials.secrets(args);
		SyncOperation.Outcome outcome;
		ProgressDisplay display = new ProgressDisplay(err,
				args.flag("quiet") ? ProgressDisplay.Mode.OFF
						: terminal.interactive() ? ProgressDisplay.Mode.LIVE : ProgressDisplay.Mode.PLAIN,
				terminal.intervalMillis() * 1_000_000L, terminal.columns(), System::nanoTime);
		NullProgressMonitor monitor = new NullProgressMonitor();
		try (Interrupts.Handle signals = interrupts.install(() -> {
			monitor.setCanceled(true);
			display.note("karma: cancelling: finishing what is under way (interrupt again to stop at once)");
		}, () -> {
			display.finish();
			err.println("karma: stopped at once");
			err.flush();
			Runtime.getRuntime().halt(ExitCode.CANCELLED.code());
		}); Ticker ticker = new Ticker(display)) {
			outcome = new SyncOperation(home, connectors, Clock.systemUTC(), secrets).run(profile,
					SyncOperation.pairId(profile, stored), dryRun, args.flag("force"), concurrency,
					note -> display.note("karma: " + note), monitor, display);
		} catch (SyncException e) {
			display.finish();
			err.println("karma: " + e.getMessage());
			if (args.flag("json")) {
				Map<String, Object> failure = new LinkedHashMap<>(); // fixed key order: status first
				failure.put("status", switch (e.kind()) {
				case CANCELLED -> "cancelled";
				case SAFETY -> "aborted";
				default -> "error";
				});
				failure.put("message", e.getMessage());
				out.println(Json.write(failure));
			}
			if (e.kind() == SyncException.Kind.CANCELLED) {
				return ExitCode.CANCELLED;
			}
			return switch (e.kind()) {
			case BAD_INPUT -> ExitCode.BAD_INPUT;
			case CANNOT_CONNECT -> ExitCode.CANNOT_CONNECT;
			case SAFETY -> ExitCode.SAFETY_ABORT;
			case INTERNAL -> ExitCode.INTERNAL_ERROR;
			case CANCELLED -> ExitCode.CANCELLED;
			};
		}
		display.finish();
		if (dryRun) {
			for (PlanItem item : outcome.plan().items()) {
				if (item.changesEndpoints() || item.isConflict()) {
					out.printf("%-19s %s  (%s)%n", item.action().name().toLowerCase(Locale.ROOT).replace('_', '-'),
							item.path(), item.reason());
				}
			}
		} else {
			int notRun = 0;
			for (ItemResult item : outcome.result().items()) {
				if (item.outcome() == ItemResult.Outcome.FAILED || item.outcome() == ItemResult.Outcome.CONFLICT) {
					err.println("karma: " + item.item().path() + ": " + item.message());
				} else if (item.outcome() == ItemResult.Outcome.NOT_RUN && item.item().changesEndpoints()) {
					notRun++;
				}
			}
			if (outcome.result().cancelled()) {
				err.println("karma: cancelled; " + notRun + " changes not made (the next run makes them)");
			}
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("runId", outcome.runId());
		summary.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
		summary.put("created", dryRun ? 0 : outcome.result().created());
		summary.put("updated", dryRun ? 0 : outcome.result().updated());
		summary.put("deleted", dryRun ? 0 : outcome.result().deleted());
		summary.put("conflicts", dryRun ? outcome.plan().conflicts() : outcome.result().conflicts());
		summary.put("errors", dryRun ? 0 : outcome.result().errors());
		summary.put("bytes", dryRun ? 0 : outcome.result().bytes());
		summary.put("durationMs", outcome.duration().toMillis());
		if (args.flag("json")) {
			out.println(Json.write(summary));
		} else {
			err.printf("karma: %s run %d: %s created, %s updated, %s deleted, %s conflicts, %s errors, %s bytes in %d ms%n",
					dryRun ? "dry" : "sync", outcome.runId(), summary.get("created"), summary.get("updated"),
					summary.get("deleted"), summary.get("conflicts"), summary.get("errors"), summary.get("bytes"),
					outcome.duration().toMillis());
		}
		return switch (outcome.status()) {
		case OK -> ExitCode.OK;
		case PARTIAL -> ExitCode.ITEMS_FAILED;
		case CONFLICTS -> ExitCode.CONFLICTS;
		case CANCELLED -> ExitCode.CANCELLED;
		default -> outcome.status() == RunStatus.ABORTED ? ExitCode.SAFETY_ABORT : ExitCode.ITEMS_FAILED;
		};
	}

	/** Calls {@link ProgressDisplay#tick()} ten times a second on a daemon thread until closed. */
	private static final class Ticker implements AutoCloseable {
		private final java.util.concurrent.ScheduledExecutorService timer;

		Ticker(ProgressDisplay display) {
			timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
				Thread t = new Thread(r, "karma-progress");
				t.setDaemon(true);
				return t;
			});
			timer.scheduleAtFixedRate(display::tick, 100, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
		}

		@Override
		public void close() {
			timer.shutdownNow();
			try {
				timer.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS); // no line after the summary
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
