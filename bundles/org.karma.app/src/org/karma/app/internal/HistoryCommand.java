package org.karma.app.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.karma.engine.json.Json;
import org.karma.core.KarmaHome;
import org.karma.core.history.HistoryException;
import org.karma.core.history.HistoryQuery;
import org.karma.core.history.Item;
import org.karma.core.history.Run;
import org.karma.core.history.RunStatus;

/** {@code karma history [PROFILE] [--limit N] [--json]} and {@code karma history show RUN_ID [--json]}. */
final class HistoryCommand {

	static final String SYNOPSIS = "history [PROFILE] [--limit N] [--json] | history show RUN_ID [--json]";

	private final HistoryQuery query;
	private final ZoneId zone;
	private final PrintStream out;
	private final PrintStream err;

	HistoryCommand(KarmaHome home, ZoneId zone, PrintStream out, PrintStream err) {
		this.query = new HistoryQuery(home, Clock.systemUTC());
		this.zone = zone;
		this.out = out;
		this.err = err;
	}

	ExitCode run(List<String> raw) throws UsageException {
		if (!raw.isEmpty() && raw.get(0).equals("show")) {
			return show(raw.subList(1, raw.size()));
		}
		Args args = Args.parse("history", raw, Set.of("limit"), Set.of("json"));
		args.expectPositionals(0, 1, "at most one PROFILE");
		int limit = HistoryQuery.DEFAULT_LIMIT;
		if (args.one("limit") != null) {
			limit = ProfileOptions.number("--limit", args.one("limit"), "(1 or more)");
			if (limit < 1) {
				throw new UsageException("--limit must be 1 or more, got '" + args.one("limit") + "'");
			}
		}
		Optional<String> profile = args.positionals().stream().findFirst();
		List<Run> runs;
		try {
			runs = query.runs(profile, limit);
		} catch (HistoryException e) {
			err.println("karma: " + e.getMessage());
			return ExitCode.INTERNAL_ERROR;
		}
		if (args.flag("json")) {
			List<Object> list = new ArrayList<>();
			runs.forEach(run -> list.add(json(run)));
			out.println(Json.write(list));
			return ExitCode.OK;
		}
		if (runs.isEmpty()) {
			err.println("karma: no runs" + profile.map(p -> " of profile '" + p + "'").orElse("") + " in the history");
			return ExitCode.OK;
		}
		Table table = new Table(">ID", "STARTED", "PROFILE", "MODE", "STATUS", ">CREATED", ">UPDATED", ">DELETED",
				">CONFLICTS", ">ERRORS", ">BYTES", ">DURATION");
		for (Run run : runs) {
			table.add(run.id(), Humanize.localTime(run.start(), zone), run.subject().title(), mode(run), status(run),
					run.counts().created(), run.counts().updated(), run.counts().deleted(), run.counts().conflicts(),
					run.counts().errors(), Humanize.bytes(run.bytes()), duration(run));
		}
		table.print(out);
		return ExitCode.OK;
	}

	private ExitCode show(List<String> raw) throws UsageException {
		Args args = Args.parse("history show", raw, Set.of(), Set.of("json"));
		args.expectPositionals(1, 1, "RUN_ID");
		String text = args.positionals().get(0);
		long id;
		try {
			id = Long.parseLong(text.strip());
		} catch (NumberFormatException e) {
			throw new UsageException("RUN_ID must be a run's number (see 'karma history'), got '" + text + "'");
		}
		Optional<HistoryQuery.RunDetails> found;
		try {
			found = query.details(id);
		} catch (HistoryException e) {
			err.println("karma: " + e.getMessage());
			return ExitCode.INTERNAL_ERROR;
		}
		if (found.isEmpty()) {
			throw new UsageException("no run " + id + " in the history (see 'karma history')");
		}
		HistoryQuery.RunDetails details = found.get();
		Run run = details.run();
		if (args.flag("json")) {
			Map<String, Object> map = json(run);
			List<Object> items = new ArrayList<>();
			for (Item item : details.items()) {
				Map<String, Object> i = new LinkedHashMap<>();
				i.put("path", item.path());
				i.put("action", item.action());
				i.put("size", item.size());
				i.put("result", item.result().name().toLowerCase(Locale.ROOT));
				i.put("error", item.error().orElse(null));
				items.add(i);
			}
			map.put("items", items);
			map.put("log", details.log().toString());
			map.put("logExists", details.logExists());
			out.println(Json.write(map));
			return ExitCode.OK;
		}
		out.println("run " + run.id() + ": " + run.subject().title());
		out.println("  left:     " + run.left());
		out.println("  right:    " + run.right());
		out.println("  mode:     " + mode(run));
		out.println("  status:   " + status(run));
		out.println("  started:  " + Humanize.localTime(run.start(), zone));
		out.println("  ended:    " + run.end().map(t -> Humanize.localTime(t, zone)).orElse("-"));
		out.println("  duration: " + duration(run));
		out.println("  items:    " + run.counts().created() + " created, " + run.counts().updated() + " updated, "
				+ run.counts().deleted() + " deleted, " + run.counts().conflicts() + " conflicts, "
				+ run.counts().errors() + " errors");
		out.println("  bytes:    " + Humanize.bytes(run.bytes()) + " (" + run.bytes() + ")");
		run.note().ifPresent(note -> out.println("  note:     " + note));
		out.println("  log:      " + details.log() + (details.logExists() ? "" : " (not there: none was written, or it was purged after 7 days)"));
		if (!details.items().isEmpty()) {
			out.println();
			Table table = new Table("PATH", "ACTION", ">SIZE", "RESULT", "ERROR");
			for (Item item : details.items()) {
				table.add(item.path(), Humanize.option(item.action()), item.size() < 0 ? "?" : Humanize.bytes(item.size()),
						item.result().name().toLowerCase(Locale.ROOT), item.error().orElse(""));
			}
			table.print(out);
		}
		return ExitCode.OK;
	}

	private static String mode(Run run) {
		return Humanize.option(run.mode()) + (run.dryRun() ? " (dry run)" : "");
	}

	private static String status(Run run) {
		return run.status().name().toLowerCase(Locale.ROOT);
	}

	private static String duration(Run run) {
		if (run.end().isEmpty()) {
			return run.status() == RunStatus.RUNNING ? "running" : "-";
		}
		return Humanize.duration(Duration.between(run.start(), run.end().get()));
	}

	/** A run as JSON: times as ISO-8601 instants (UTC), status in lower case like {@code karma sync --json}. */
	private static Map<String, Object> json(Run run) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", run.id());
		map.put("profile", run.subject().profile().orElse(null));
		map.put("title", run.subject().title());
		map.put("left", run.left());
		map.put("right", run.right());
		map.put("mode", run.mode());
		map.put("dryRun", run.dryRun());
		map.put("status", status(run));
		map.put("started", run.start().toString());
		map.put("ended", run.end().map(Object::toString).orElse(null));
		map.put("durationMs", run.end().map(end -> Duration.between(run.start(), end).toMillis()).orElse(null));
		map.put("created", run.counts().created());
		map.put("updated", run.counts().updated());
		map.put("deleted", run.counts().deleted());
		map.put("conflicts", run.counts().conflicts());
		map.put("errors", run.counts().errors());
		map.put("bytes", run.bytes());
		map.put("note", run.note().orElse(null));
		return map;
	}
}
