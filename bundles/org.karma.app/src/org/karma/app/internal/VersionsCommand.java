package org.karma.app.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.karma.connector.api.RelPath;
import org.karma.engine.json.Json;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.SecretSource;
import org.karma.core.profiles.Endpoints;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.core.versions.VersionsException;
import org.karma.core.versions.VersionsOperation;
import org.karma.core.versions.VersionsOperation.Place;
import org.karma.core.versions.VersionsOperation.Side;
import org.karma.engine.versions.FileVersion;
import org.karma.model.EndpointUri;

/**
 * {@code karma versions list PROFILE|URI [PATH] [--json]} and
 * {@code karma versions restore PROFILE|URI PATH [--at TIME] [--to DEST] [--side left|right] [--json]}.
 */
final class VersionsCommand {

	static final String SYNOPSIS = "versions list PROFILE|URI [PATH] [--json] [--password-env VAR]"
			+ " | versions restore PROFILE|URI PATH [--at TIME] [--to DEST] [--side left|right] [--json] [--password-env VAR]";

	/** Version times are shown as ISO-8601 instants with milliseconds, which {@code --at} takes back. */
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private static final Pattern HAS_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

	private final ProfileStore store;
	private final ConnectorRegistry connectors;
	private final Path workingDirectory;
	private final PrintStream out;
	private final PrintStream err;
	private CredentialsAccess credentials;

	VersionsCommand(ProfileStore store, ConnectorRegistry connectors, Path workingDirectory, PrintStream out,
			PrintStream err) {
		this.store = store;
		this.connectors = connectors;
		this.workingDirectory = workingDirectory;
		this.out = out;
		this.err = err;
	}

	/** Where the endpoints' secrets come from (without: none). */
	VersionsCommand withCredentials(CredentialsAccess access) {
		this.credentials = access;
		return this;
	}

	private VersionsOperation operation(Args args) throws UsageException {
		return new VersionsOperation(connectors, Clock.systemUTC(),
				credentials == null ? SecretSource.NONE : credentials.secrets(args));
	}

	ExitCode run(List<String> raw) throws UsageException {
		if (raw.isEmpty()) {
			throw new UsageException("'karma versions' needs 'list' or 'restore' (see 'karma help versions')");
		}
		List<String> rest = raw.subList(1, raw.size());
		return switch (raw.get(0)) {
		case "list" -> list(rest);
		case "restore" -> restore(rest);
		default -> throw new UsageException("unknown 'karma versions' command '" + raw.get(0) + "'; use list or restore");
		};
	}

	private ExitCode list(List<String> raw) throws UsageException {
		Args args = Args.parse("versions list", raw, Set.of(CredentialsAccess.PASSWORD_ENV), Set.of("json"));
		args.expectPositionals(1, 2, "PROFILE or URI");
		List<Place> places = places(args.positionals().get(0));
		RelPath path = args.positionals().size() > 1 ? path(args.positionals().get(1), "PATH") : null;
		List<VersionsOperation.Listed> listed;
		try {
			listed = operation(args).list(places, path, null);
		} catch (VersionsException e) {
			return failure(e);
		}
		if (args.flag("json")) {
			List<Object> list = new ArrayList<>();
			for (VersionsOperation.Listed l : listed) {
				list.add(json(l.side(), l.version()));
			}
			out.println(Json.write(list));
			return ExitCode.OK;
		}
		if (listed.isEmpty()) {
			err.println("karma: no versions" + (path == null ? "" : " of " + path));
			return ExitCode.OK;
		}
		Table table = new Table("SIDE", "PATH", "TIME", ">SIZE");
		for (VersionsOperation.Listed l : listed) {
			table.add(side(l.side()), l.version().original(), TIME.format(l.version().timestamp()),
					Humanize.bytes(l.version().size()));
		}
		table.print(out);
		return ExitCode.OK;
	}

	private ExitCode restore(List<String> raw) throws UsageException {
		Args args = Args.parse("versions restore", raw, Set.of("at", "to", "side", CredentialsAccess.PASSWORD_ENV),
				Set.of("json"));
		args.expectPositionals(2, 2, "PROFILE or URI, and PATH");
		List<Place> places = places(args.positionals().get(0));
		RelPath path = path(args.positionals().get(1), "PATH");
		Instant at = null;
		if (args.one("at") != null) {
			try {
				at = VersionsOperation.parseTime(args.one("at"));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--at: " + e.getMessage());
			}
		}
		RelPath destination = args.one("to") == null ? null : path(args.one("to"), "--to");
		Side side = null;
		if (args.one("side") != null) {
			if (places.size() == 1) {
				throw new UsageException("--side is for a profile (it has a left and a right side), not for one endpoint");
			}
			side = switch (args.one("side").strip().toLowerCase(Locale.ROOT)) {
			case "left" -> Side.LEFT;
			case "right" -> Side.RIGHT;
			default -> throw new UsageException("unknown --side '" + args.one("side") + "'; use left or right");
			};
		}
		VersionsOperation.Restored restored;
		try {
			restored = operation(args).restore(places, path, at, side, destination, null);
		} catch (VersionsException e) {
			return failure(e);
		}
		if (args.flag("json")) {
			Map<String, Object> map = json(restored.side(), restored.version());
			map.put("restoredTo", restored.target().toString());
			map.put("archivedCurrent", restored.archivedCurrent().map(v -> json(restored.side(), v)).orElse(null));
			out.println(Json.write(map));
		} else {
			out.println("restored " + restored.target() + " from the version of " + restored.version().original() + " at "
					+ TIME.format(restored.version().timestamp())
					+ (restored.side() == Side.ENDPOINT ? "" : " (" + side(restored.side()) + ")"));
			restored.archivedCurrent().ifPresent(v -> out.println("the file that was there is kept as the version at "
					+ TIME.format(v.timestamp()) + " (" + v.path() + ")"));
		}
		return ExitCode.OK;
	}

	/**
	 * A stored profile's two endpoints when the text names one, else the endpoint the text is. A
	 * bare word that is neither a profile nor an existing folder is reported as such.
	 */
	private List<Place> places(String text) throws UsageException {
		boolean bareWord = !HAS_SCHEME.matcher(text).matches() && text.indexOf('/') < 0;
		if (bareWord) {
			Path file = null;
			try {
				file = store.fileOf(text);
			} catch (IllegalArgumentException e) {
				// not a profile name: a path
			}
			if (file != null && Files.isRegularFile(file)) {
				try {
					return Place.of(store.load(text));
				} catch (ProfileStoreException e) {
					throw new UsageException(e.getMessage());
				}
			}
			if (!Files.exists(workingDirectory.resolve(text))) {
				throw new UsageException("no profile named '" + text + "' and no folder " + workingDirectory.resolve(text)
						+ " (see 'karma profile list')");
			}
		}
		try {
			return Place.of(Endpoints.fromText(text, workingDirectory, connectors));
		} catch (EndpointUri.InvalidUriException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static RelPath path(String text, String what) throws UsageException {
		String t = text.strip();
		while (t.startsWith("./")) {
			t = t.substring(2);
		}
		try {
			RelPath path = RelPath.of(t);
			if (path.isRoot()) {
				throw new IllegalArgumentException("empty");
			}
			return path;
		} catch (IllegalArgumentException e) {
			throw new UsageException(what + " must be a file's path relative to the endpoint's root, like docs/a.txt;"
					+ " got '" + text + "'");
		}
	}

	private ExitCode failure(VersionsException e) {
		err.println("karma: " + e.getMessage());
		return switch (e.kind()) {
		case BAD_INPUT -> ExitCode.BAD_INPUT;
		case CANNOT_CONNECT -> ExitCode.CANNOT_CONNECT;
		case FAILED -> ExitCode.ITEMS_FAILED;
		case INTERNAL -> ExitCode.INTERNAL_ERROR;
		};
	}

	private static String side(Side side) {
		return side == Side.ENDPOINT ? "-" : side.label();
	}

	private static Map<String, Object> json(Side side, FileVersion version) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("side", side == Side.ENDPOINT ? null : side.label());
		map.put("path", version.original().toString());
		map.put("time", TIME.format(version.timestamp()));
		map.put("size", version.size());
		map.put("version", version.path().toString());
		return map;
	}
}
