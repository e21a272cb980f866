package org.karma.core.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.SecretSource;
import org.karma.core.profiles.Endpoints;
import org.karma.engine.integrity.ChecksumAlgorithm;
import org.karma.model.profile.HashAlgorithm;
import org.karma.model.profile.Integrity;
import org.karma.model.profile.SyncProfile;

/**
 * The manifests a profile keeps of its right side ({@code $KARMA_HOME/manifests/PROFILE/}): one
 * written after each successful sync when {@link Integrity#isManifestAfterSync()} is on (signed with
 * this home's key file when there is one), the oldest deleted beyond
 * {@link Integrity#getManifestsToKeep()}, and the scrub that verifies the latest against the right
 * side again. Used by the sync operation, the scheduler ({@code karma watch}, the workbench) and the
 * workbench's Integrity view.
 */
public final class ProfileManifests {

	private final KarmaHome home;
	private final CheckOperation operation;
	private final Clock clock;

	public ProfileManifests(KarmaHome home, ConnectorRegistry connectors, Clock clock, SecretSource secrets) {
		this.home = home;
		this.clock = clock;
		// only a key file signs unattended runs: secure storage may need a master password nobody can type here
		this.operation = new CheckOperation(home, connectors, clock, secrets, SigningKeyStore.of(home, null),
				home.root());
	}

	/**
	 * When the profile's manifests were last written or verified, from the history: where the next
	 * scrub counts from. Empty when never (or the history cannot be read).
	 */
	public Optional<java.time.Instant> lastChecked(String profile) {
		try (org.karma.core.history.HistoryStore history = org.karma.core.history.HistoryStore
				.open(org.karma.core.history.HistoryStore.defaultFile(home), clock)) {
			return history.checks(Optional.of(profile), 1).stream().map(c -> c.end()).findFirst();
		} catch (org.karma.core.history.HistoryException e) {
			return Optional.empty();
		}
	}

	/** The folder of a profile's manifests. */
	public Path folder(String profile) {
		return home.root().resolve("manifests").resolve(profile);
	}

	/** The profile's manifests, oldest first (their names sort by time). */
	public List<Path> manifests(String profile) throws IOException {
		Path folder = folder(profile);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().startsWith(profile + "-")
					&& p.getFileName().toString().endsWith(".json")).sorted().toList();
		}
	}

	/**
	 * Writes the manifest of the profile's right side and prunes the old ones.
	 *
	 * @param log one-line notes for the user
	 */
	public CheckOperation.Created afterSync(SyncProfile profile, Consumer<String> log, IProgressMonitor monitor)
			throws IntegrityException {
		Integrity integrity = profile.getIntegrity();
		ChecksumAlgorithm algorithm = integrity.getHashAlgorithm() == HashAlgorithm.MD5 ? ChecksumAlgorithm.MD5
				: ChecksumAlgorithm.SHA256;
		String name = profile.getName();
		CheckOperation.Created created = operation.create(new CheckOperation.CreateRequest(name,
				List.of(Endpoints.toText(profile.getRight())), EnumSet.of(algorithm), CheckOperation.defaultThreads(),
				CheckOperation.manifestFile(folder(name), name, clock.instant()), CheckOperation.Signing.IF_KEY,
				Optional.empty(), Optional.of(name)), monitor);
		log.accept("manifest of the right side: " + created.manifestFile() + " (" + created.manifest().totalFiles() + " files"
				+ (created.manifest().errors().isEmpty() ? "" : ", " + created.manifest().errors().size() + " unreadable")
				+ (created.signatureFile().isPresent() ? ", signed" : ", unsigned: no key file, see 'karma check keygen'") + ")");
		prune(name, Math.max(1, integrity.getManifestsToKeep()), log);
		return created;
	}

	private void prune(String profile, int keep, Consumer<String> log) {
		try {
			List<Path> all = manifests(profile);
			for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
				Files.deleteIfExists(CheckOperation.signatureFileOf(old));
				Files.deleteIfExists(old);
			}
		} catch (IOException e) {
			log.accept("old manifests of " + profile + " not deleted: " + e.getMessage());
		}
	}

	/**
	 * Verifies the profile's latest manifest against its right side now (recorded in the history
	 * with the profile's name).
	 *
	 * @return empty when the profile has no manifest yet
	 * @throws IntegrityException when it could not be verified (SIGNATURE when the manifest was tampered with)
	 */
	public Optional<CheckOperation.Verified> scrub(SyncProfile profile, IProgressMonitor monitor) throws IntegrityException {
		List<Path> all;
		try {
			all = manifests(profile.getName());
		} catch (IOException e) {
			throw new IntegrityException(IntegrityException.Kind.FAILED, "cannot list the manifests of " + profile.getName()
					+ ": " + e.getMessage(), e);
		}
		if (all.isEmpty()) {
			return Optional.empty();
		}
		Path latest = all.get(all.size() - 1);
		boolean signed = Files.exists(CheckOperation.signatureFileOf(latest));
		return Optional.of(operation.verify(new CheckOperation.VerifyRequest(latest, Optional.empty(), !signed,
				List.of(Endpoints.toText(profile.getRight())), CheckOperation.defaultThreads(), Optional.of(profile.getName())),
				monitor));
	}
}
