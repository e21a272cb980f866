package org.karma.app.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.karma.engine.json.Json;
import org.karma.core.profiles.Endpoints;
import org.karma.core.profiles.ProfileJson;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.core.profiles.ScheduleText;
import org.karma.model.EndpointUri;
import org.karma.model.OptionCatalog;
import org.karma.model.Profiles;
import org.karma.core.settings.KarmaSettings;
import org.karma.core.settings.SettingsException;
import org.karma.model.profile.Direction;
import org.karma.model.profile.Endpoint;
import org.karma.model.profile.Filter;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningPolicy;

/** {@code karma profile add|set|list|show|remove|validate|export|import}. */
final class ProfileCommand {

	static final String USAGE = String.join("\n", //
			"usage: karma profile add NAME --left URI --right URI [--mode mirror|update|two-way]",
			"                         [--exclude GLOB]... [--include GLOB]... [--exclude-hidden]",
			"                         [--versions N] [--schedule manual|realtime|\"every 1h\"|\"cron EXPR\"]",
			"                         [--conflict keep-both|newer|left|right|skip] [--checksum sha256|md5]",
			"                         [--description TEXT] [--disabled]",
			"                         [--manifest-after-sync] [--scrub-days N] [--keep-manifests N]",
			"       karma profile set NAME [--manifest-after-sync|--no-manifest-after-sync]",
			"                         [--scrub-days N] [--keep-manifests N]",
			"       karma profile list [--json]",
			"       karma profile show NAME [--json]",
			"       karma profile remove NAME",
			"       karma profile validate [NAME|FILE]",
			"       karma profile export NAME FILE",
			"       karma profile import FILE [--replace]",
			"",
			"URIs: /path, zip:/a.zip[!/dir], ftp://, ftps://, sftp://, smb://, s3://, dropbox:/, gdrive:/, peer://;",
			"connector options ride on them: s3://bucket/docs?region=eu-west-1&path_style=true.",
			"Profiles live in $KARMA_HOME/profiles (default ~/.karma/profiles), one NAME.karma file each;",
			"integrity manifests of a profile in $KARMA_HOME/manifests/NAME (see docs/integrity.md).");


	private final ProfileStore store;
	private final OptionCatalog catalog;
	private final Path workingDirectory;
	private final PrintStream out;
	private final PrintStream err;

	ProfileCommand(ProfileStore store, OptionCatalog catalog, Path workingDirectory, PrintStream out, PrintStream err) {
		this.store = store;
		this.catalog = catalog;
		this.workingDirectory = workingDirectory;
		this.out = out;
		this.err = err;
	}

	ExitCode run(List<String> args) throws UsageException {
		if (args.isEmpty()) {
			throw new UsageException("'karma profile' needs a subcommand: add, set, list, show, remove, validate, export, import");
		}
		List<String> rest = args.subList(1, args.size());
		try {
			return switch (args.get(0)) {
			case "add" -> add(rest);
			case "set" -> set(rest);
			case "list" -> list(rest);
			case "show" -> show(rest);
			case "remove" -> remove(rest);
			case "validate" -> validate(rest);
			case "export" -> export(rest);
			case "import" -> importFile(rest);
			default -> throw new UsageException("unknown subcommand 'profile " + args.get(0)
					+ "'; use add, set, list, show, remove, validate, export or import");
			};
		} catch (ProfileStoreException e) {
			for (String problem : e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems()) {
				err.println("karma: " + problem);
			}
			return e.reason() == ProfileStoreException.Reason.IO ? ExitCode.ITEMS_FAILED : ExitCode.BAD_INPUT;
		}
	}

	private ExitCode add(List<String> raw) throws UsageException, ProfileStoreException {
		Args args = Args.parse("profile add", raw,
				union(Set.of("left", "right", "mode", "exclude", "include", "versions", "schedule", "conflict", "checksum",
						"description"), ProfileOptions.INTEGRITY_VALUES),
				union(Set.of("exclude-hidden", "disabled"), ProfileOptions.INTEGRITY_FLAGS));
		args.expectPositionals(1, 1, "a profile name: karma profile add NAME --left URI --right URI");
		String name = args.positionals().get(0);
		if (!Profiles.NAME.matcher(name).matches()) {
			throw new UsageException("'" + name
					+ "' is not a valid profile name (1 to 64 letters, digits, '.', '_', '-', starting with a letter or digit)");
		}
		SyncProfile profile = Profiles.create(name, "", "");
		try {
			// the profile store is $KARMA_HOME/profiles: the settings file is beside it
			KarmaSettings.load(store.directory().getParent().resolve(KarmaSettings.FILE_NAME)).applyProfileDefaults(profile);
		} catch (SettingsException e) {
			throw new UsageException(e.getMessage() + "; fix the file or delete it to go back to the defaults");
		}
		profile.setLeft(endpoint("left", args.required("left")));
		profile.setRight(endpoint("right", args.required("right")));
		ProfileOptions.apply(args, profile);
		ProfileOptions.applyIntegrity(args, profile);
		profile.getFilter().setExcludeHidden(args.flag("exclude-hidden"));
		String schedule = args.one("schedule");
		if (schedule != null) {
			try {
				ScheduleText.apply(schedule, profile.getSchedule());
			} catch (IllegalArgumentException e) {
				throw new UsageException("--schedule: " + e.getMessage());
			}
		}
		String description = args.one("description");
		if (description != null) {
			profile.setDescription(description);
		}
		profile.setEnabled(!args.flag("disabled"));
		Path file = store.create(profile);
		out.println("Created profile '" + name + "' (" + file + ")");
		return ExitCode.OK;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}

	/** Changes options of a stored profile; only the integrity options so far. */
	private ExitCode set(List<String> raw) throws UsageException, ProfileStoreException {
		Args args = Args.parse("profile set", raw, ProfileOptions.INTEGRITY_VALUES, ProfileOptions.INTEGRITY_FLAGS);
		args.expectPositionals(1, 1, "a profile name: karma profile set NAME --manifest-after-sync");
		String name = args.positionals().get(0);
		SyncProfile profile = store.load(name);
		if (!ProfileOptions.applyIntegrity(args, profile)) {
			throw new UsageException("'karma profile set' needs an option to change: --manifest-after-sync, "
					+ "--no-manifest-after-sync, --scrub-days N or --keep-manifests N");
		}
		Path file = store.save(profile);
		out.println("Updated profile '" + name + "' (" + file + ")");
		return ExitCode.OK;
	}

	private Endpoint endpoint(String option, String text) throws UsageException {
		try {
			return Endpoints.fromText(text, workingDirectory, catalog);
		} catch (EndpointUri.InvalidUriException e) {
			throw new UsageException("--" + option + ": " + e.getMessage());
		}
	}


	private ExitCode list(List<String> raw) throws UsageException, ProfileStoreException {
		Args args = Args.parse("profile list", raw, Set.of(), Set.of("json"));
		args.expectPositionals(0, 0, "");
		ProfileStore.Contents contents = store.loadAll();
		if (args.flag("json")) {
			List<Object> profiles = new ArrayList<>();
			for (ProfileStore.Entry entry : contents.profiles()) {
				SyncProfile p = entry.profile();
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("name", p.getName());
				item.put("description", p.getDescription());
				item.put("enabled", p.isEnabled());
				item.put("direction", p.getDirection().getLiteral());
				item.put("left", Endpoints.toText(p.getLeft()));
				item.put("right", Endpoints.toText(p.getRight()));
				item.put("schedule", ScheduleText.format(p.getSchedule()));
				item.put("file", entry.file().toString());
				profiles.add(item);
			}
			List<Object> problems = new ArrayList<>();
			for (ProfileStore.Problem problem : contents.problems()) {
				problems.add(Map.of("file", problem.file().toString(), "message", problem.message()));
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("profiles", profiles);
			result.put("problems", problems);
			out.println(Json.write(result));
		} else if (contents.profiles().isEmpty() && contents.problems().isEmpty()) {
			out.println("No profiles in " + store.directory() + " (create one with 'karma profile add')");
		} else {
			List<String[]> rows = new ArrayList<>();
			rows.add(new String[] { "NAME", "DIRECTION", "SCHEDULE", "LEFT", "RIGHT" });
			for (ProfileStore.Entry entry : contents.profiles()) {
				SyncProfile p = entry.profile();
				rows.add(new String[] { p.getName() + (p.isEnabled() ? "" : " (disabled)"), direction(p.getDirection()),
						ScheduleText.format(p.getSchedule()), Endpoints.toText(p.getLeft()), Endpoints.toText(p.getRight()) });
			}
			table(rows);
		}
		for (ProfileStore.Problem problem : contents.problems()) {
			err.println("karma: " + problem.message() + " (in " + store.directory() + ")");
		}
		return contents.problems().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
	}

	private void table(List<String[]> rows) {
		int[] widths = new int[rows.get(0).length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				line.append(i + 1 < row.length ? String.format("%-" + widths[i] + "s  ", row[i]) : row[i]);
			}
			out.println(line.toString().stripTrailing());
		}
	}

	private ExitCode show(List<String> raw) throws UsageException, ProfileStoreException {
		Args args = Args.parse("profile show", raw, Set.of(), Set.of("json"));
		args.expectPositionals(1, 1, "a profile name");
		String name = args.positionals().get(0);
		SyncProfile p = store.load(name);
		if (args.flag("json")) {
			Map<String, Object> map = ProfileJson.toMap(p);
			map.put("file", store.fileOf(name).toString());
			out.println(Json.pretty(map));
			return ExitCode.OK;
		}
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put("Profile", p.getName());
		if (p.getDescription() != null && !p.getDescription().isEmpty()) {
			lines.put("Description", p.getDescription());
		}
		lines.put("Enabled", p.isEnabled() ? "yes" : "no");
		lines.put("Left", endpointLine(p.getLeft()));
		lines.put("Right", endpointLine(p.getRight()));
		lines.put("Direction", direction(p.getDirection()));
		lines.put("Comparison", switch (p.getComparison().getMethod()) {
		case TIME_AND_SIZE -> "time and size (times within " + p.getComparison().getMtimeToleranceSeconds() + " s are equal)";
		case CHECKSUM -> "checksum (" + p.getComparison().getChecksumAlgorithm().getLiteral() + ")";
		case SIZE_ONLY -> "size only";
		});
		lines.put("Conflicts", p.getConflictPolicy().getName().toLowerCase(Locale.ROOT).replace('_', ' '));
		lines.put("Filter", filterLine(p.getFilter()));
		lines.put("Versions", versionsLine(p.getVersioning()));
		lines.put("Schedule", ScheduleText.format(p.getSchedule()));
		lines.put("Verify", p.getIntegrity().isVerifyAfterCopy()
				? "after copy (" + p.getIntegrity().getHashAlgorithm().getLiteral() + ")" : "no");
		lines.put("Manifests", p.getIntegrity().isManifestAfterSync()
				? "after each sync, the last " + p.getIntegrity().getManifestsToKeep() + " kept in "
						+ store.directory().getParent().resolve("manifests").resolve(name)
				: "no");
		int scrub = p.getIntegrity().getScrubIntervalDays();
		lines.put("Scrub", scrub == 0 ? "never" : scrub == 1 ? "every day" : "every " + scrub + " days");
		lines.put("Transfers", p.getParallelTransfers() + " in parallel");
		lines.put("Delete guard", "stop when a run would delete more than " + p.getDeleteGuardPercent() + " % of a side");
		if (p.getClockSkewSeconds() != 0) {
			lines.put("Clock skew", p.getClockSkewSeconds() + " s");
		}
		lines.put("File", store.fileOf(name).toString());
		lines.forEach((label, value) -> out.printf("%-13s %s%n", label, value));
		return ExitCode.OK;
	}

	private static String endpointLine(Endpoint endpoint) {
		String text = Endpoints.toText(endpoint);
		String credential = endpoint.getCredentialRef();
		return credential == null || credential.isEmpty() ? text : text + "  (credentials: " + credential + ")";
	}

	private static String direction(Direction direction) {
		return direction.getName().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String filterLine(Filter f) {
		List<String> parts = new ArrayList<>();
		if (!f.getIncludes().isEmpty()) {
			parts.add("include " + String.join(", ", f.getIncludes()));
		}
		if (!f.getExcludes().isEmpty()) {
			parts.add("exclude " + String.join(", ", f.getExcludes()));
		}
		if (f.isExcludeHidden()) {
			parts.add("no hidden files");
		}
		if (!f.getFileBlacklist().isEmpty()) {
			parts.add("never files " + String.join(", ", f.getFileBlacklist()));
		}
		if (!f.getDirectoryBlacklist().isEmpty()) {
			parts.add("never folders " + String.join(", ", f.getDirectoryBlacklist()));
		}
		if (f.isSetMinSizeBytes()) {
			parts.add("at least " + f.getMinSizeBytes() + " bytes");
		}
		if (f.isSetMaxSizeBytes()) {
			parts.add("at most " + f.getMaxSizeBytes() + " bytes");
		}
		if (f.isSetMaxAgeDays()) {
			parts.add("modified in the last " + f.getMaxAgeDays() + " days");
		}
		return parts.isEmpty() ? "everything" : String.join("; ", parts);
	}

	private static String versionsLine(VersioningPolicy v) {
		String where = v.getLocation() == null || v.getLocation().isEmpty() ? "" : " in " + v.getLocation();
		String cap = v.isSetMaxTotalSizeBytes() ? ", at most " + v.getMaxTotalSizeBytes() + " bytes" : "";
		return switch (v.getKind()) {
		case NONE -> "none kept (overwritten and deleted files are gone)";
		case KEEP_LAST -> "keep the last " + v.getCount() + where + cap;
		case BY_AGE -> "keep for " + v.getMaxAgeDays() + " days" + where + cap;
		case STAGGERED -> "staggered" + where + cap;
		};
	}

	private ExitCode remove(List<String> raw) throws UsageException, ProfileStoreException {
		Args args = Args.parse("profile remove", raw, Set.of(), Set.of());
		args.expectPositionals(1, 1, "a profile name");
		store.remove(args.positionals().get(0));
		out.println("Removed profile '" + args.positionals().get(0) + "'");
		return ExitCode.OK;
	}

	private ExitCode validate(List<String> raw) throws UsageException, ProfileStoreException {
		Args args = Args.parse("profile validate", raw, Set.of(), Set.of());
		args.expectPositionals(0, 1, "");
		List<SyncProfile> profiles = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (args.positionals().isEmpty()) {
			ProfileStore.Contents contents = store.loadAll();
			contents.profiles().forEach(e -> profiles.add(e.profile()));
			contents.problems().forEach(p -> problems.add(p.message()));
		} else {
			String target = args.positionals().get(0);
			Path file = workingDirectory.resolve(target);
			boolean isFile = target.contains("/") || (target.endsWith(".karma") && Files.exists(file));
			profiles.add(isFile ? store.readFile(file) : store.load(target));
		}
		for (SyncProfile profile : profiles) {
			List<String> messages = store.validate(profile);
			if (messages.isEmpty()) {
				out.println("profile '" + profile.getName() + "' is valid");
			}
			problems.addAll(messages);
		}
		problems.forEach(p -> err.println("karma: " + p));
		return problems.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
	}

	private ExitCode export(List<String> raw) throws UsageException, ProfileStoreException {
		Args args = Args.parse("profile export", raw, Set.of(), Set.of());
		args.expectPositionals(2, 2, "a profile name and a file: karma profile export NAME FILE");
		Path file = workingDirectory.resolve(args.positionals().get(1));
		store.exportTo(args.positionals().get(0), file);
		out.println("Exported profile '" + args.positionals().get(0) + "' to " + file);
		return ExitCode.OK;
	}

	private ExitCode importFile(List<String> raw) throws UsageException, ProfileStoreException {
		Args args = Args.parse("profile import", raw, Set.of(), Set.of("replace"));
		args.expectPositionals(1, 1, "a profile file: karma profile import FILE");
		Path file = workingDirectory.resolve(args.positionals().get(0));
		SyncProfile profile = store.importFrom(file, args.flag("replace"));
		out.println("Imported profile '" + profile.getName() + "' (" + store.fileOf(profile.getName()) + ")");
		return ExitCode.OK;
	}
}
