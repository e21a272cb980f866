package org.karma.core.integrity;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.connectors.EndpointSpecs;
import org.karma.core.credentials.SecretSource;
import org.karma.core.credentials.SecretsUnavailableException;
import org.karma.core.history.HistoryException;
import org.karma.core.history.HistoryStore;
import org.karma.core.history.IntegrityCheck;
import org.karma.core.internal.AtomicFiles;
import org.karma.core.profiles.Endpoints;
import org.karma.engine.integrity.ChecksumAlgorithm;
import org.karma.engine.integrity.Manifest;
import org.karma.engine.integrity.ManifestDiff;
import org.karma.engine.integrity.ManifestFormatException;
import org.karma.engine.integrity.ManifestJson;
import org.karma.engine.integrity.ManifestMaker;
import org.karma.engine.integrity.ManifestSignature;
import org.karma.engine.integrity.ManifestVerifier;
import org.karma.engine.integrity.SignatureCheckException;
import org.karma.engine.integrity.SigningKeys;
import org.karma.model.EndpointUri;
import org.karma.model.profile.Endpoint;

/**
 * Makes, verifies and compares integrity manifests over any connector, writes them atomically
 * with their signature file, and records every check in the history database. The command line
 * ({@code karma check}), the workbench's Integrity view and the sync's "manifest after sync" all
 * come through here.
 */
public final class CheckOperation {

	/** Findings kept per check in the history database (the full list is in the command's output). */
	public static final int MAX_FINDINGS_RECORDED = 10_000;

	private final KarmaHome home;
	private final ConnectorRegistry connectors;
	private final Clock clock;
	private final SecretSource secrets;
	private final SigningKeyStore keys;
	private final Path workingDirectory;

	/** @param workingDirectory what relative paths given by the user are relative to */
	public CheckOperation(KarmaHome home, ConnectorRegistry connectors, Clock clock, SecretSource secrets,
			SigningKeyStore keys, Path workingDirectory) {
		this.workingDirectory = workingDirectory.toAbsolutePath();
		this.home = Objects.requireNonNull(home);
		this.connectors = Objects.requireNonNull(connectors);
		this.clock = Objects.requireNonNull(clock);
		this.secrets = Objects.requireNonNull(secrets);
		this.keys = Objects.requireNonNull(keys);
	}

	/** How a manifest gets signed. */
	public enum Signing {
		/** With the given or default key; no key is an error. */
		REQUIRED,
		/** With the default key when there is one, else unsigned (a sync's manifest). */
		IF_KEY,
		/** Not at all. */
		NONE
	}

	/**
	 * What to make.
	 *
	 * @param roots   the trees, as the user typed them (paths or URIs)
	 * @param output  the manifest file; its signature goes beside it as {@code output + ".sig"}
	 * @param keyFile the private key to sign with; empty for the default
	 * @param profile the profile a sync made it for, if any (for the history)
	 */
	public record CreateRequest(String group, List<String> roots, Set<ChecksumAlgorithm> algorithms, int threads,
			Path output, Signing signing, Optional<Path> keyFile, Optional<String> profile) {
		public CreateRequest {
			Objects.requireNonNull(group);
			roots = List.copyOf(roots);
			algorithms = Set.copyOf(algorithms);
			Objects.requireNonNull(output);
			Objects.requireNonNull(signing);
			Objects.requireNonNull(keyFile);
			Objects.requireNonNull(profile);
		}
	}

	public record Created(Path manifestFile, Optional<Path> signatureFile, Manifest manifest, IntegrityCheck record) {
	}

	/** The threads to use when the caller does not say: one per core. */
	public static int defaultThreads() {
		return Runtime.getRuntime().availableProcessors();
	}

	public Created create(CreateRequest request, IProgressMonitor monitor) throws IntegrityException {
		if (request.group().isBlank()) {
			throw bad("the group name is empty");
		}
		if (request.roots().isEmpty()) {
			throw bad("no path or URI to make a manifest of");
		}
		if (request.algorithms().isEmpty()) {
			throw bad("no checksum algorithm");
		}
		if (request.threads() < 1 || request.threads() > 256) {
			throw bad("threads must be from 1 to 256, not " + request.threads());
		}
		Path output = workingDirectory.resolve(request.output());
		if (Files.isDirectory(output)) {
			throw bad("the manifest file " + output + " is a folder");
		}
		KeyPair signer = null;
		if (request.signing() != Signing.NONE) {
			signer = keys.signingKey(request.keyFile().map(workingDirectory::resolve)).orElse(null);
			if (signer == null && request.signing() == Signing.REQUIRED) {
				throw bad("there is no signing key: run 'karma check keygen' once (or pass --unsigned to write an unsigned manifest)");
			}
		}
		List<Endpoint> endpoints = endpoints(request.roots());
		try (HistoryOpening history = openHistory()) {
			return create(request, output, signer, endpoints, history, monitor);
		}
	}

	private Created create(CreateRequest request, Path output, KeyPair signer, List<Endpoint> endpoints,
			HistoryOpening history, IProgressMonitor monitor) throws IntegrityException {
		SubMonitor sub = SubMonitor.convert(monitor, "Making the manifest " + request.group(), 100);
		Instant start = clock.instant();
		List<Connection> open = new ArrayList<>();
		Manifest manifest;
		try {
			List<ManifestMaker.Tree> trees = new ArrayList<>();
			SubMonitor connecting = sub.split(5).setWorkRemaining(endpoints.size());
			for (Endpoint e : endpoints) {
				Connection c = connect(e, connecting.split(1));
				open.add(c);
				trees.add(new ManifestMaker.Tree(Endpoints.toText(e), c));
			}
			manifest = new ManifestMaker(request.algorithms(), request.threads(), clock, hostName()).make(request.group(),
					trees, signer == null ? null : SigningKeys.fingerprint(signer.getPublic()), sub.split(93));
		} catch (ConnectorException e) {
			throw failed(e, "making the manifest");
		} finally {
			closeAll(open);
		}
		byte[] bytes = ManifestJson.write(manifest);
		Path sigFile = signatureFileOf(output);
		try {
			Files.deleteIfExists(sigFile); // a stale signature must never sit beside a new manifest
			AtomicFiles.write(output, bytes);
			if (signer != null) {
				AtomicFiles.write(sigFile, ManifestSignature.sign(bytes, signer).toJson());
			}
		} catch (IOException e) {
			throw new IntegrityException(IntegrityException.Kind.FAILED, "cannot write " + output + ": " + e.getMessage(), e);
		}
		String signature = signer == null ? "unsigned" : "signed by " + manifest.signingKey();
		IntegrityCheck record = record(new IntegrityCheck(0, IntegrityCheck.Kind.CREATE, request.profile(), manifest.group(),
				output.toString(), Optional.empty(), manifest.roots().stream().map(r -> r.uri()).toList(), start,
				clock.instant(), manifest.errors().isEmpty() ? IntegrityCheck.Status.OK : IntegrityCheck.Status.ERRORS, signature,
				manifest.totalFiles(), manifest.totalBytes(), IntegrityCheck.Tally.NONE, manifest.errors().size(),
				Optional.empty()), List.of(), history);
		return new Created(output, signer == null ? Optional.empty() : Optional.of(sigFile), manifest, record);
	}

	/**
	 * What to verify.
	 *
	 * @param publicKey     the key to trust; empty for this home's own
	 * @param allowUnsigned check a manifest that has no signature file (its origin is then unproven)
	 * @param roots         where the trees are now, replacing the manifest's roots in order; empty for the recorded ones
	 */
	public record VerifyRequest(Path manifest, Optional<Path> publicKey, boolean allowUnsigned, List<String> roots,
			int threads, Optional<String> profile) {
		public VerifyRequest {
			Objects.requireNonNull(manifest);
			Objects.requireNonNull(publicKey);
			roots = List.copyOf(roots);
			Objects.requireNonNull(profile);
		}
	}

	/** @param signature what is known of the signature, e.g. {@code verified (SHA256:...)} or {@code unsigned} */
	public record Verified(Manifest manifest, String signature, List<String> roots, ManifestVerifier.Report report,
			IntegrityCheck record) {
	}

	/**
	 * Checks the signature, then the trees.
	 *
	 * @throws IntegrityException SIGNATURE when the signature does not hold (also recorded in the history)
	 */
	public Verified verify(VerifyRequest request, IProgressMonitor monitor) throws IntegrityException {
		if (request.threads() < 1 || request.threads() > 256) {
			throw bad("threads must be from 1 to 256, not " + request.threads());
		}
		Instant start = clock.instant();
		Path file = workingDirectory.resolve(request.manifest());
		Loaded loaded = load(file, request.publicKey(), request.allowUnsigned(), request.profile(), start);
		Manifest manifest = loaded.manifest();
		List<String> rootTexts;
		if (request.roots().isEmpty()) {
			rootTexts = manifest.roots().stream().map(r -> r.uri()).toList();
		} else if (request.roots().size() != manifest.roots().size()) {
			throw bad("the manifest has " + manifest.roots().size() + " roots but " + request.roots().size()
					+ " places were given to check them at");
		} else {
			rootTexts = request.roots();
		}
		List<Endpoint> endpoints = endpoints(rootTexts);
		try (HistoryOpening history = openHistory()) {
			SubMonitor sub = SubMonitor.convert(monitor, "Verifying " + file.getFileName(), 100);
			List<Connection> open = new ArrayList<>();
			ManifestVerifier.Report report;
			try {
				SubMonitor connecting = sub.split(5).setWorkRemaining(endpoints.size());
				for (Endpoint e : endpoints) {
					open.add(connect(e, connecting.split(1)));
				}
				report = new ManifestVerifier(request.threads()).verify(manifest, open, sub.split(95));
			} catch (ConnectorException e) {
				throw failed(e, "verifying");
			} finally {
				closeAll(open);
			}
			List<String> shown = endpoints.stream().map(Endpoints::toText).toList();
			List<IntegrityCheck.Finding> findings = new ArrayList<>();
			for (ManifestVerifier.Finding f : report.findings()) {
				findings.add(new IntegrityCheck.Finding(shown.get(f.root()), f.path().toString(), f.status().name(), f.detail()));
			}
			IntegrityCheck record = record(new IntegrityCheck(0, IntegrityCheck.Kind.VERIFY, request.profile(), manifest.group(),
					file.toString(), Optional.empty(), shown, start, clock.instant(),
					report.clean() ? IntegrityCheck.Status.OK : IntegrityCheck.Status.FINDINGS, loaded.signature(),
					manifest.totalFiles(), report.bytesHashed(), tally(report), manifest.errors().size(), Optional.empty()),
					findings, history);
			return new Verified(manifest, loaded.signature(), shown, report, record);
		}
	}

	public record Diffed(Manifest older, Manifest newer, String olderSignature, String newerSignature,
			ManifestDiff.Result result, IntegrityCheck record) {
	}

	/** Compares two manifests (both signatures checked first, as for verify). */
	public Diffed diff(Path older, Path newer, Optional<Path> publicKey, boolean allowUnsigned) throws IntegrityException {
		Instant start = clock.instant();
		Path o = workingDirectory.resolve(older);
		Path n = workingDirectory.resolve(newer);
		Loaded old = load(o, publicKey, allowUnsigned, Optional.empty(), start);
		Loaded now = load(n, publicKey, allowUnsigned, Optional.empty(), start);
		ManifestDiff.Result result = ManifestDiff.diff(old.manifest(), now.manifest());
		List<IntegrityCheck.Finding> findings = new ArrayList<>();
		for (ManifestDiff.Difference d : result.differences()) {
			findings.add(new IntegrityCheck.Finding(d.root(), d.path().toString(), d.change().name(), d.detail()));
		}
		var counts = result.counts();
		IntegrityCheck.Tally tally = new IntegrityCheck.Tally(result.unchanged() + counts.get(ManifestDiff.Change.TOUCHED),
				counts.get(ManifestDiff.Change.REMOVED), counts.get(ManifestDiff.Change.ADDED),
				counts.get(ManifestDiff.Change.MODIFIED), counts.get(ManifestDiff.Change.CORRUPTED), 0);
		String signature = old.signature().equals(now.signature()) ? old.signature()
				: "older " + old.signature() + "; newer " + now.signature();
		IntegrityCheck record = record(new IntegrityCheck(0, IntegrityCheck.Kind.DIFF, Optional.empty(),
				now.manifest().group(), n.toString(), Optional.of(o.toString()),
				now.manifest().roots().stream().map(r -> r.uri()).toList(), start, clock.instant(),
				result.differences().isEmpty() ? IntegrityCheck.Status.OK : IntegrityCheck.Status.FINDINGS, signature,
				now.manifest().totalFiles(), 0, tally, 0, Optional.empty()), findings);
		return new Diffed(old.manifest(), now.manifest(), old.signature(), now.signature(), result, record);
	}

	private record Loaded(Manifest manifest, String signature) {
	}

	/** Reads a manifest and checks its signature; a failed signature is recorded before it is thrown. */
	private Loaded load(Path file, Optional<Path> publicKey, boolean allowUnsigned, Optional<String> profile, Instant start)
			throws IntegrityException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw bad("no manifest " + file);
		} catch (IOException e) {
			throw bad("cannot read the manifest " + file + ": " + e.getMessage());
		}
		Manifest manifest;
		try {
			manifest = ManifestJson.read(bytes);
		} catch (ManifestFormatException e) {
			// a manifest that no longer parses may have been tampered with: a signature says which
			throw signatureOrBad(file, bytes, publicKey, e);
		}
		Path sigFile = signatureFileOf(file);
		if (!Files.exists(sigFile)) {
			if (manifest.signingKey() != null) {
				throw signatureFailed(file, manifest, profile, start, "the manifest " + file + " was signed by "
						+ manifest.signingKey() + " but its signature file " + sigFile.getFileName() + " is missing");
			}
			if (allowUnsigned) {
				return new Loaded(manifest, "unsigned");
			}
			throw signatureFailed(file, manifest, profile, start, "the manifest " + file + " is not signed (no " + sigFile.getFileName()
					+ " beside it); pass --unsigned-ok to check it anyway, without proof of its origin");
		}
		try {
			ManifestSignature signature = ManifestSignature.read(Files.readAllBytes(sigFile));
			PublicKey trusted = keys.trustedKey(publicKey.map(workingDirectory::resolve)).orElseThrow(() -> new SignatureCheckException(
					SignatureCheckException.Kind.WRONG_KEY, "there is no public key to trust: pass --pubkey FILE (the signer's "
							+ "public key file) or create this machine's key pair with 'karma check keygen'"));
			signature.verify(bytes, trusted);
			if (!signature.fingerprint().equals(manifest.signingKey())) {
				throw new SignatureCheckException(SignatureCheckException.Kind.TAMPERED, "the manifest names the key "
						+ manifest.signingKey() + " but was signed by " + signature.fingerprint());
			}
			return new Loaded(manifest, "verified (" + signature.fingerprint() + ")");
		} catch (IOException e) {
			throw bad("cannot read the signature " + sigFile + ": " + e.getMessage());
		} catch (SignatureCheckException e) {
			throw signatureFailed(file, manifest, profile, start, file + ": " + e.getMessage());
		}
	}

	private IntegrityException signatureOrBad(Path file, byte[] bytes, Optional<Path> publicKey, ManifestFormatException e)
			throws IntegrityException {
		Path sigFile = signatureFileOf(file);
		if (Files.exists(sigFile)) {
			try {
				ManifestSignature signature = ManifestSignature.read(Files.readAllBytes(sigFile));
				if (!ManifestSignature.sha3(bytes).equals(signature.sha3_512())) {
					return new IntegrityException(IntegrityException.Kind.SIGNATURE, file
							+ ": the manifest was changed after it was signed (its SHA3-512 digest differs from the signed one) and is"
							+ " no longer readable: " + e.getMessage());
				}
			} catch (IOException | SignatureCheckException ignored) {
				// fall through: report the format problem
			}
		}
		return bad(file + " is not a readable manifest: " + e.getMessage());
	}

	private IntegrityException signatureFailed(Path file, Manifest manifest, Optional<String> profile, Instant start,
			String message) throws IntegrityException {
		record(new IntegrityCheck(0, IntegrityCheck.Kind.VERIFY, profile, manifest.group(), file.toString(), Optional.empty(),
				manifest.roots().stream().map(r -> r.uri()).toList(), start, clock.instant(),
				IntegrityCheck.Status.SIGNATURE_FAILED, "failed", manifest.totalFiles(), 0, IntegrityCheck.Tally.NONE, 0,
				Optional.of(message)), List.of());
		return new IntegrityException(IntegrityException.Kind.SIGNATURE, message);
	}

	private static IntegrityCheck.Tally tally(ManifestVerifier.Report r) {
		return new IntegrityCheck.Tally(r.count(ManifestVerifier.Status.OK), r.count(ManifestVerifier.Status.MISSING),
				r.count(ManifestVerifier.Status.NEW), r.count(ManifestVerifier.Status.MODIFIED),
				r.count(ManifestVerifier.Status.CORRUPTED), r.count(ManifestVerifier.Status.UNREADABLE));
	}

	/** A group's manifest file in a folder: {@code GROUP-YYYYMMDDTHHMMSSZ.json} (UTC, sorts by time). */
	public static Path manifestFile(Path folder, String group, Instant at) {
		return folder.resolve(group + "-" + STAMP.format(at) + ".json");
	}

	private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter
			.ofPattern("uuuuMMdd'T'HHmmss'Z'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

	/** Where the signature of a manifest file is kept. */
	public static Path signatureFileOf(Path manifest) {
		return manifest.resolveSibling(manifest.getFileName() + ManifestSignature.SUFFIX);
	}

	private IntegrityCheck record(IntegrityCheck check, List<IntegrityCheck.Finding> findings) throws IntegrityException {
		try (HistoryOpening opening = openHistory()) {
			return record(check, findings, opening);
		}
	}

	/** Starts opening the history database, for a check to record its result in at the end. */
	private HistoryOpening openHistory() {
		return HistoryOpening.start(HistoryStore.defaultFile(home), clock);
	}

	private IntegrityCheck record(IntegrityCheck check, List<IntegrityCheck.Finding> findings, HistoryOpening opening)
			throws IntegrityException {
		try (HistoryStore history = opening.take()) {
			return history.recordCheck(check, findings, MAX_FINDINGS_RECORDED);
		} catch (HistoryException e) {
			throw new IntegrityException(IntegrityException.Kind.FAILED, "the check ran but could not be recorded: " + e.getMessage(), e);
		}
	}

	private List<Endpoint> endpoints(List<String> texts) throws IntegrityException {
		List<Endpoint> endpoints = new ArrayList<>();
		for (String text : texts) {
			try {
				endpoints.add(Endpoints.fromText(text, workingDirectory, connectors));
			} catch (EndpointUri.InvalidUriException e) {
				throw bad(e.getMessage());
			}
		}
		return endpoints;
	}

	private Connection connect(Endpoint endpoint, IProgressMonitor monitor) throws IntegrityException {
		EndpointUri uri;
		try {
			uri = EndpointUri.parse(endpoint.getUri());
		} catch (EndpointUri.InvalidUriException e) {
			throw bad(e.getMessage());
		}
		Optional<ConnectorFactory> factory = connectors.factory(uri.scheme());
		if (factory.isEmpty()) {
			throw bad("no connector for '" + uri.scheme() + "' in this build (see 'karma connectors')");
		}
		try {
			return factory.get().connect(
					EndpointSpecs.of(uri, endpoint, secrets.forKey(factory.get().credentialKey(uri.withoutOptions()))), monitor);
		} catch (SecretsUnavailableException e) {
			throw new IntegrityException(IntegrityException.Kind.CANNOT_CONNECT,
					"cannot read the stored credentials for " + uri.withoutOptions() + ": " + e.getMessage(), e);
		} catch (ConnectorException e) {
			if (e.reason() == ConnectorException.Reason.CANCELLED) {
				throw new IntegrityException(IntegrityException.Kind.CANCELLED, "cancelled", e);
			}
			if (e.reason() == ConnectorException.Reason.NOT_FOUND) {
				throw bad(uri.withoutOptions() + ": " + e.getMessage());
			}
			throw new IntegrityException(IntegrityException.Kind.CANNOT_CONNECT,
					"cannot connect to " + uri.withoutOptions() + ": " + e.getMessage(), e);
		}
	}

	private static IntegrityException failed(ConnectorException e, String what) {
		return switch (e.reason()) {
		case CANCELLED -> new IntegrityException(IntegrityException.Kind.CANCELLED, "cancelled", e);
		case NOT_FOUND -> new IntegrityException(IntegrityException.Kind.BAD_INPUT, e.getMessage(), e);
		case AUTHENTICATION, TRANSIENT -> new IntegrityException(IntegrityException.Kind.CANNOT_CONNECT,
				what + ": " + e.getMessage(), e);
		default -> new IntegrityException(IntegrityException.Kind.FAILED, what + ": " + e.getMessage(), e);
		};
	}

	private static void closeAll(List<Connection> open) {
		for (Connection c : open) {
			try {
				c.close();
			} catch (ConnectorException | RuntimeException e) {
				// closing is best effort; the work is done or already failed
			}
		}
	}

	private static IntegrityException bad(String message) {
		return new IntegrityException(IntegrityException.Kind.BAD_INPUT, message);
	}

	/** This machine's name for manifests: the host name, else {@code HOSTNAME}, else "localhost". */
	static String hostName() {
		String env = System.getenv("HOSTNAME");
		try {
			String name = InetAddress.getLocalHost().getHostName();
			if (name != null && !name.isBlank()) {
				return name;
			}
		} catch (IOException | SecurityException e) {
			// fall back below
		}
		return env == null || env.isBlank() ? "localhost" : env;
	}
}
