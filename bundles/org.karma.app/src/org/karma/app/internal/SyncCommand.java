package org.karma.app.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.karma.core.Json;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
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
 * [--conflict …] [--exclude GLOB]... [--force] [--json] [--concurrency N]}.
 */
final class SyncCommand {

	static final String SYNOPSIS = "sync --profile NAME | sync LEFT RIGHT [--mode mirror|update|two-way] [--dry-run]"
			+ " [--checksum sha256|md5] [--versions N] [--conflict keep-both|newer|left|right|skip] [--exclude GLOB]..."
			+ " [--force] [--json] [--concurrency N]";

	private final KarmaHome home;
	private final ProfileStore store;
	private final ConnectorRegistry connectors;
	private final Path workingDirectory;
	private final PrintStream out;
	private final PrintStream err;

	SyncCommand(KarmaHome home, ProfileStore store, ConnectorRegistry connectors, Path workingDirectory, PrintStream out,
			PrintStream err) {
		this.home = home;
		this.store = store;
		this.connectors = connectors;
		this.workingDirectory = workingDirectory;
		this.out = out;
		this.err = err;
	}

	ExitCode run(java.util.List<String> raw) throws UsageException {
		Args args = Args.parse("sync", raw,
				Set.of("profile", "mode", "checksum", "versions", "conflict", "exclude", "include", "concurrency"),
				Set.of("dry-run", "force", "json"));
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
		SyncOperation.Outcome outcome;
		try {
			outcome = new SyncOperation(home, connectors, Clock.systemUTC()).run(profile,
					SyncOperation.pairId(profile, stored), dryRun, args.flag("force"), concurrency,
					note -> err.println("karma: " + note), null);
		} catch (SyncException e) {
			err.println("karma: " + e.getMessage());
			if (args.flag("json")) {
				out.println(Json.write(Map.of("status", e.kind() == SyncException.Kind.SAFETY ? "aborted" : "error",
						"message", e.getMessage())));
			}
			return switch (e.kind()) {
			case BAD_INPUT -> ExitCode.BAD_INPUT;
			case CANNOT_CONNECT -> ExitCode.CANNOT_CONNECT;
			case SAFETY -> ExitCode.SAFETY_ABORT;
			case INTERNAL -> ExitCode.INTERNAL_ERROR;
			};
		}
		if (dryRun) {
			for (PlanItem item : outcome.plan().items()) {
				if (item.changesEndpoints() || item.isConflict()) {
					out.printf("%-19s %s  (%s)%n", item.action().name().toLowerCase(Locale.ROOT).replace('_', '-'),
							item.path(), item.reason());
				}
			}
		} else {
			for (ItemResult item : outcome.result().items()) {
				if (item.outcome() == ItemResult.Outcome.FAILED || item.outcome() == ItemResult.Outcome.CONFLICT) {
					err.println("karma: " + item.item().path() + ": " + item.message());
				}
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
}
