package org.karma.app.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.credentials.SecretSource;
import org.karma.core.history.HistoryException;
import org.karma.core.history.HistoryStore;
import org.karma.core.history.IntegrityCheck;
import org.karma.core.integrity.CheckConfig;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.integrity.IntegrityException;
import org.karma.core.integrity.SigningKeyStore;
import org.karma.engine.integrity.ChecksumAlgorithm;
import org.karma.engine.integrity.Manifest;
import org.karma.engine.integrity.ManifestDiff;
import org.karma.engine.integrity.ManifestError;
import org.karma.engine.integrity.ManifestVerifier;
import org.karma.engine.json.Json;

/**
 * {@code karma check keygen|create|verify|diff|list}: integrity manifests (docs/integrity.md).
 */
final class CheckCommand {

	static final String SYNOPSIS = "check keygen [--out FILE] [--secure-storage] [--force]"
			+ " | check create --group NAME PATH_OR_URI... [--algo sha256|md5|both] [--out FILE] [--threads N] [--key FILE] [--unsigned]"
			+ " | check create --config FILE"
			+ " | check verify MANIFEST [PATH_OR_URI...] [--pubkey FILE] [--unsigned-ok] [--threads N]"
			+ " | check diff OLD NEW [--pubkey FILE] [--unsigned-ok]"
			+ " | check list [--limit N]   (each with [--json]; create and verify with [--password-env VAR])";

	private final KarmaHome home;
	private final ConnectorRegistry connectors;
	private final Path workingDirectory;
	private final PrintStream out;
	private final PrintStream err;
	private final Interrupts interrupts;
	private CredentialsAccess credentials;

	CheckCommand(KarmaHome home, ConnectorRegistry connectors, Path workingDirectory, PrintStream out, PrintStream err,
			Interrupts interrupts) {
		this.home = home;
		this.connectors = connectors;
		this.workingDirectory = workingDirectory;
		this.out = out;
		this.err = err;
		this.interrupts = interrupts;
	}

	CheckCommand withCredentials(CredentialsAccess access) {
		this.credentials = access;
		return this;
	}

	ExitCode run(List<String> raw) throws UsageException {
		if (raw.isEmpty()) {
			throw new UsageException("'karma check' needs keygen, create, verify, diff or list (see 'karma help check')");
		}
		if (raw.contains("--help") || raw.contains("-h")) {
			out.println("usage: karma " + SYNOPSIS.replace(" | ", "\n       karma "));
			out.println();
			out.println("integrity manifests; see docs/integrity.md");
			return ExitCode.OK;
		}
		List<String> rest = raw.subList(1, raw.size());
		try {
			return switch (raw.get(0)) {
			case "keygen" -> keygen(rest);
			case "create" -> create(rest);
			case "verify" -> verify(rest);
			case "diff" -> diff(rest);
			case "list" -> list(rest);
			default -> throw new UsageException(
					"unknown 'karma check' command '" + raw.get(0) + "'; use keygen, create, verify, diff or list");
			};
		} catch (IntegrityException e) {
			err.println("karma: " + e.getMessage());
			return exitCode(e);
		}
	}

	private static ExitCode exitCode(IntegrityException e) {
		return switch (e.kind()) {
		case BAD_INPUT -> ExitCode.BAD_INPUT;
		case CANNOT_CONNECT -> ExitCode.CANNOT_CONNECT;
		case SIGNATURE -> ExitCode.VERIFICATION_FAILED;
		case CANCELLED -> ExitCode.CANCELLED;
		case FAILED -> ExitCode.ITEMS_FAILED;
		};
	}

	/** The more serious of two outcomes: a failure to do anything outranks files that could not be read. */
	private static ExitCode worse(ExitCode a, ExitCode b) {
		return a == ExitCode.OK || (a == ExitCode.ITEMS_FAILED && b != ExitCode.OK) ? b : a;
	}

	private SigningKeyStore keys() {
		return SigningKeyStore.of(home, () -> {
			if (credentials == null) {
				throw new CredentialsException(CredentialsException.Kind.STORAGE, "no credential store here", null);
			}
			try {
				return credentials.open();
			} catch (UsageException e) {
				throw new CredentialsException(CredentialsException.Kind.STORAGE, e.getMessage(), e);
			}
		});
	}

	private CheckOperation operation(Args args) throws UsageException {
		SecretSource secrets = credentials == null ? SecretSource.NONE : credentials.secrets(args);
		return new CheckOperation(home, connectors, Clock.systemUTC(), secrets, keys(), workingDirectory);
	}

	private ExitCode keygen(List<String> raw) throws UsageException, IntegrityException {
		Args args = Args.parse("check keygen", raw, Set.of("out"), Set.of("force", "secure-storage", "json"));
		args.expectPositionals(0, 0, "nothing");
		Optional<Path> file = Optional.ofNullable(args.one("out")).map(workingDirectory::resolve);
		if (file.isPresent() && args.flag("secure-storage")) {
			throw new UsageException("--out and --secure-storage exclude each other: the private key goes to one place");
		}
		SigningKeyStore.Generated g = keys().generate(file, args.flag("secure-storage"), args.flag("force"));
		if (args.flag("json")) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("fingerprint", g.fingerprint());
			map.put("publicKey", g.publicFile().toString());
			map.put("privateKey", g.privateLocation());
			out.println(Json.write(map));
		} else {
			out.println("created the manifest signing key " + g.fingerprint());
			out.println("private key: " + g.privateLocation() + (args.flag("secure-storage") ? "" : " (mode 600; keep it secret)"));
			out.println("public key:  " + g.publicFile() + " (give it to whoever verifies your manifests: --pubkey)");
		}
		return ExitCode.OK;
	}

	private ExitCode create(List<String> raw) throws UsageException, IntegrityException {
		Args args = Args.parse("check create", raw,
				Set.of("group", "algo", "out", "threads", "key", "config", CredentialsAccess.PASSWORD_ENV),
				Set.of("unsigned", "json"));
		CheckOperation.Signing signing = args.flag("unsigned") ? CheckOperation.Signing.NONE : CheckOperation.Signing.REQUIRED;
		if (args.flag("unsigned") && args.one("key") != null) {
			throw new UsageException("--key and --unsigned exclude each other");
		}
		Optional<Path> key = Optional.ofNullable(args.one("key")).map(Path::of);
		List<CheckOperation.CreateRequest> requests = new ArrayList<>();
		if (args.one("config") != null) {
			for (String option : List.of("group", "out", "algo", "threads")) {
				if (args.one(option) != null) {
					throw new UsageException("--" + option + " comes from the config file; do not pass it with --config");
				}
			}
			args.expectPositionals(0, 0, "no path (the config file lists them)");
			CheckConfig config = CheckConfig.read(workingDirectory.resolve(args.one("config")));
			int threads = config.threads() == null ? CheckOperation.defaultThreads() : config.threads();
			Instant now = Instant.now();
			for (Map.Entry<String, List<String>> group : config.groups().entrySet()) {
				requests.add(new CheckOperation.CreateRequest(group.getKey(), group.getValue(), config.algorithms(), threads,
						CheckOperation.manifestFile(config.outputDirectory(), group.getKey(), now), signing, key,
						Optional.empty()));
			}
		} else {
			String group = args.one("group");
			if (group == null) {
				throw new UsageException("'karma check create' needs --group NAME and the paths, or --config FILE");
			}
			if (!CheckConfig.GROUP_NAME.matcher(group).matches()) {
				throw new UsageException("--group '" + group + "': use letters, digits, '.', '_' or '-' (up to 64; it names files)");
			}
			args.expectPositionals(1, Integer.MAX_VALUE, "at least one PATH or URI");
			Set<ChecksumAlgorithm> algorithms;
			try {
				algorithms = CheckConfig.algorithms(args.one("algo") == null ? "sha256" : args.one("algo"), "--algo: ");
			} catch (IntegrityException e) {
				throw new UsageException(e.getMessage());
			}
			Path output = args.one("out") == null ? CheckOperation.manifestFile(workingDirectory, group, Instant.now())
					: workingDirectory.resolve(args.one("out"));
			requests.add(new CheckOperation.CreateRequest(group, args.positionals(), algorithms, threads(args), output, signing,
					key, Optional.empty()));
		}
		CheckOperation operation = operation(args);
		ExitCode worst = ExitCode.OK;
		List<Object> json = new ArrayList<>();
		for (CheckOperation.CreateRequest request : requests) {
			CheckOperation.Created created;
			try {
				created = cancellable(monitor -> operation.create(request, monitor));
			} catch (IntegrityException e) {
				if (requests.size() == 1 || e.kind() == IntegrityException.Kind.CANCELLED) {
					throw e;
				}
				// a cron job's other groups still get their manifests
				err.println("karma: group " + request.group() + ": " + e.getMessage());
				worst = worse(worst, exitCode(e));
				continue;
			}
			Manifest m = created.manifest();
			for (ManifestError e : m.errors()) {
				err.println("karma: could not read " + m.roots().get(e.root()).uri() + (e.path().isRoot() ? "" : " " + e.path())
						+ ": " + e.message());
			}
			if (!m.errors().isEmpty()) {
				worst = worse(worst, ExitCode.ITEMS_FAILED);
			}
			if (args.flag("json")) {
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("group", m.group());
				map.put("manifest", created.manifestFile().toString());
				map.put("signature", created.signatureFile().map(Path::toString).orElse(null));
				map.put("signingKey", m.signingKey());
				map.put("files", m.totalFiles());
				map.put("bytes", m.totalBytes());
				map.put("errors", m.errors().size());
				map.put("durationMillis", m.duration().toMillis());
				json.add(map);
			} else {
				out.println("wrote " + created.manifestFile() + ": " + m.totalFiles() + " files, " + Humanize.bytes(m.totalBytes())
						+ (m.errors().isEmpty() ? "" : ", " + m.errors().size() + " unreadable") + ", "
						+ seconds(m.duration()) + (m.signingKey() == null ? ", unsigned" : ", signed by " + m.signingKey()));
			}
		}
		if (args.flag("json") && !json.isEmpty()) {
			out.println(Json.write(args.one("config") == null ? json.get(0) : json));
		}
		return worst;
	}

	private ExitCode verify(List<String> raw) throws UsageException, IntegrityException {
		Args args = Args.parse("check verify", raw, Set.of("pubkey", "threads", CredentialsAccess.PASSWORD_ENV),
				Set.of("unsigned-ok", "json"));
		args.expectPositionals(1, Integer.MAX_VALUE, "MANIFEST, then optionally where its trees are now");
		List<String> positionals = args.positionals();
		CheckOperation.VerifyRequest request = new CheckOperation.VerifyRequest(Path.of(positionals.get(0)),
				Optional.ofNullable(args.one("pubkey")).map(Path::of), args.flag("unsigned-ok"),
				positionals.subList(1, positionals.size()), threads(args), Optional.empty());
		CheckOperation operation = operation(args);
		CheckOperation.Verified v = cancellable(monitor -> operation.verify(request, monitor));
		ManifestVerifier.Report r = v.report();
		if (args.flag("json")) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("manifest", v.record().manifest());
			map.put("signature", v.signature());
			map.put("roots", v.roots());
			map.put("clean", r.clean());
			Map<String, Object> counts = new LinkedHashMap<>();
			r.counts().forEach((status, n) -> counts.put(status.name(), n));
			map.put("counts", counts);
			List<Object> findings = new ArrayList<>();
			for (ManifestVerifier.Finding f : r.findings()) {
				Map<String, Object> finding = new LinkedHashMap<>();
				finding.put("root", v.roots().get(f.root()));
				finding.put("path", f.path().toString());
				finding.put("status", f.status().name());
				finding.put("detail", f.detail());
				findings.add(finding);
			}
			map.put("findings", findings);
			out.println(Json.write(map));
		} else {
			out.println("signature: " + v.signature());
			if (!r.findings().isEmpty()) {
				Table table = new Table("STATUS", "PATH", "DETAIL");
				for (ManifestVerifier.Finding f : r.findings()) {
					String root = v.roots().size() > 1 ? v.roots().get(f.root()) + " " : "";
					table.add(f.status().name(), root + f.path(), f.detail());
				}
				table.print(out);
			}
			List<String> parts = new ArrayList<>();
			r.counts().forEach((status, n) -> parts.add(status.name() + " " + n));
			out.println(String.join(", ", parts) + " (" + Humanize.bytes(r.bytesHashed()) + " read in " + seconds(r.duration())
					+ ")");
		}
		return r.clean() ? ExitCode.OK : ExitCode.ITEMS_FAILED;
	}

	private ExitCode diff(List<String> raw) throws UsageException, IntegrityException {
		Args args = Args.parse("check diff", raw, Set.of("pubkey"), Set.of("unsigned-ok", "json"));
		args.expectPositionals(2, 2, "OLD and NEW manifest");
		CheckOperation.Diffed d = operation(args).diff(Path.of(args.positionals().get(0)), Path.of(args.positionals().get(1)),
				Optional.ofNullable(args.one("pubkey")).map(Path::of), args.flag("unsigned-ok"));
		ManifestDiff.Result result = d.result();
		if (args.flag("json")) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("older", d.record().otherManifest().orElse(null));
			map.put("newer", d.record().manifest());
			map.put("olderSignature", d.olderSignature());
			map.put("newerSignature", d.newerSignature());
			map.put("comparedBy", result.comparedBy() == null ? null : result.comparedBy().key());
			map.put("unchanged", result.unchanged());
			Map<String, Object> counts = new LinkedHashMap<>();
			result.counts().forEach((c, n) -> counts.put(c.name(), n));
			map.put("counts", counts);
			List<Object> list = new ArrayList<>();
			for (ManifestDiff.Difference x : result.differences()) {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("root", x.root());
				item.put("path", x.path().toString());
				item.put("change", x.change().name());
				item.put("detail", x.detail());
				list.add(item);
			}
			map.put("differences", list);
			out.println(Json.write(map));
		} else {
			out.println("signatures: older " + d.olderSignature() + "; newer " + d.newerSignature());
			if (!result.differences().isEmpty()) {
				boolean manyRoots = d.newer().roots().size() > 1 || d.older().roots().size() > 1;
				Table table = new Table("CHANGE", "PATH", "DETAIL");
				for (ManifestDiff.Difference x : result.differences()) {
					table.add(x.change().name(), (manyRoots ? x.root() + " " : "") + x.path(), x.detail());
				}
				table.print(out);
			}
			List<String> parts = new ArrayList<>();
			result.counts().forEach((c, n) -> parts.add(c.name() + " " + n));
			out.println("UNCHANGED " + result.unchanged() + ", " + String.join(", ", parts)
					+ (result.comparedBy() == null ? " (no common checksum: sizes and times only)"
							: " (compared by " + result.comparedBy().key() + ")"));
		}
		return result.differences().isEmpty() ? ExitCode.OK : ExitCode.ITEMS_FAILED;
	}

	private ExitCode list(List<String> raw) throws UsageException {
		Args args = Args.parse("check list", raw, Set.of("limit"), Set.of("json"));
		args.expectPositionals(0, 0, "nothing");
		int limit = 20;
		if (args.one("limit") != null) {
			try {
				limit = Integer.parseInt(args.one("limit"));
			} catch (NumberFormatException e) {
				limit = -1;
			}
			if (limit < 1) {
				throw new UsageException("--limit needs a number from 1, not '" + args.one("limit") + "'");
			}
		}
		List<IntegrityCheck> checks;
		try (HistoryStore history = HistoryStore.open(HistoryStore.defaultFile(home), Clock.systemUTC())) {
			checks = history.checks(Optional.empty(), limit);
		} catch (HistoryException e) {
			err.println("karma: " + e.getMessage());
			return ExitCode.ITEMS_FAILED;
		}
		if (args.flag("json")) {
			List<Object> list = new ArrayList<>();
			for (IntegrityCheck c : checks) {
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("id", c.id());
				map.put("kind", c.kind().name());
				map.put("status", c.status().name());
				map.put("profile", c.profile().orElse(null));
				map.put("group", c.group());
				map.put("manifest", c.manifest());
				map.put("otherManifest", c.otherManifest().orElse(null));
				map.put("roots", c.roots());
				map.put("start", c.start().toString());
				map.put("end", c.end().toString());
				map.put("signature", c.signature());
				map.put("files", c.files());
				map.put("bytes", c.bytes());
				IntegrityCheck.Tally t = c.tally();
				map.put("ok", t.ok());
				map.put("missing", t.missing());
				map.put("new", t.added());
				map.put("modified", t.modified());
				map.put("corrupted", t.corrupted());
				map.put("unreadable", t.unreadable());
				map.put("errors", c.errors());
				map.put("note", c.note().orElse(null));
				list.add(map);
			}
			out.println(Json.write(list));
			return ExitCode.OK;
		}
		if (checks.isEmpty()) {
			err.println("karma: no integrity checks recorded yet");
			return ExitCode.OK;
		}
		Table table = new Table(">ID", "KIND", "STATUS", "GROUP", ">FILES", "FOUND", "MANIFEST");
		for (IntegrityCheck c : checks) {
			IntegrityCheck.Tally t = c.tally();
			String found = c.kind() == IntegrityCheck.Kind.CREATE ? (c.errors() == 0 ? "" : c.errors() + " unreadable")
					: c.status() == IntegrityCheck.Status.SIGNATURE_FAILED ? "signature failed"
							: summary(t);
			table.add(String.valueOf(c.id()), c.kind().name().toLowerCase(java.util.Locale.ROOT), c.status().name(), c.group(),
					String.valueOf(c.files()), found, c.manifest());
		}
		table.print(out);
		return ExitCode.OK;
	}

	private static String summary(IntegrityCheck.Tally t) {
		List<String> parts = new ArrayList<>();
		add(parts, t.missing(), "missing");
		add(parts, t.added(), "new");
		add(parts, t.modified(), "modified");
		add(parts, t.corrupted(), "corrupted");
		add(parts, t.unreadable(), "unreadable");
		return String.join(", ", parts);
	}

	private static void add(List<String> parts, long n, String what) {
		if (n > 0) {
			parts.add(n + " " + what);
		}
	}

	private static int threads(Args args) throws UsageException {
		if (args.one("threads") == null) {
			return CheckOperation.defaultThreads();
		}
		try {
			int n = Integer.parseInt(args.one("threads"));
			if (n >= 1 && n <= 256) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--threads needs a number from 1 to 256, not '" + args.one("threads") + "'");
	}

	private static String seconds(Duration d) {
		return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
	}

	@FunctionalInterface
	private interface Work<T> {
		T run(NullProgressMonitor monitor) throws IntegrityException;
	}

	/** Runs the work so that Ctrl-C cancels it (a second one stops at once). */
	private <T> T cancellable(Work<T> work) throws IntegrityException {
		NullProgressMonitor monitor = new NullProgressMonitor();
		try (Interrupts.Handle signals = interrupts.install(() -> {
			monitor.setCanceled(true);
			err.println("karma: cancelling (interrupt again to stop at once)");
		}, () -> {
			err.println("karma: stopped at once");
			err.flush();
			Runtime.getRuntime().halt(ExitCode.CANCELLED.code());
		})) {
			return work.run(monitor);
		}
	}
}
