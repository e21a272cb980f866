package org.karma.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.local.internal.LocalConnectorFactory;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.SecretSource;
import org.karma.core.history.HistoryStore;
import org.karma.core.history.IntegrityCheck;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.integrity.ProfileManifests;
import org.karma.core.integrity.SigningKeyStore;
import org.karma.core.sync.SyncOperation;
import org.karma.engine.integrity.ManifestVerifier;
import org.karma.model.Profiles;
import org.karma.model.profile.Direction;
import org.karma.model.profile.SyncProfile;

/**
 * "Manifest after sync" and the scrub of a profile, on real folders through the local connector:
 * a signed manifest of the right side after each successful sync, old ones pruned, and a scrub that
 * finds a byte flipped under an unchanged size and time.
 */
class ProfileManifestsTest {

	@TempDir
	Path dir;

	KarmaHome home;
	ConnectorRegistry registry;
	Path left;
	Path right;
	final List<String> notes = new ArrayList<>();
	/** A second passes at every reading: manifest names carry the second they were made, so each sync gets its own. */
	final Clock clock = new Clock() {
		private java.time.Instant now = java.time.Instant.parse("2026-11-22T09:00:00Z");

		@Override
		public synchronized java.time.Instant instant() {
			now = now.plusSeconds(1);
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return java.time.ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	};

	@BeforeEach
	void setUp() throws Exception {
		home = KarmaHome.at(dir.resolve("home"));
		registry = new ConnectorRegistry();
		registry.addFactory(new LocalConnectorFactory());
		left = Files.createDirectories(dir.resolve("left"));
		right = Files.createDirectories(dir.resolve("right"));
		Files.writeString(left.resolve("a.txt"), "alpha");
		Files.createDirectories(left.resolve("docs"));
		Files.writeString(left.resolve("docs/b.txt"), "bravo bravo");
	}

	private SyncProfile profile(boolean manifest, int keep) {
		SyncProfile p = Profiles.create("backup", left.toString(), right.toString());
		p.setDirection(Direction.MIRROR);
		p.getIntegrity().setManifestAfterSync(manifest);
		p.getIntegrity().setManifestsToKeep(keep);
		return p;
	}

	private SyncOperation.Outcome sync(SyncProfile p) throws Exception {
		return new SyncOperation(home, registry, clock, SecretSource.NONE).run(p, SyncOperation.pairId(p, true),
				false, false, null, notes::add, null);
	}

	@Test
	void aSignedManifestOfTheRightSideAfterEachSyncAndTheOldOnesPruned() throws Exception {
		SigningKeyStore.of(home, null).generate(Optional.empty(), false, false);
		ProfileManifests manifests = new ProfileManifests(home, registry, clock, SecretSource.NONE);

		sync(profile(false, 2));
		assertEquals(List.of(), manifests.manifests("backup"), "off by default");

		for (int i = 0; i < 3; i++) {
			Files.writeString(left.resolve("n" + i + ".txt"), "file " + i);
			sync(profile(true, 2));
		}
		List<Path> kept = manifests.manifests("backup");
		assertEquals(2, kept.size(), kept::toString);
		for (Path m : kept) {
			assertTrue(Files.exists(CheckOperation.signatureFileOf(m)), m + " is signed");
		}
		try (var files = Files.list(manifests.folder("backup"))) {
			assertEquals(4, files.count(), "two manifests with their signatures, the oldest pruned");
		}
		String latest = Files.readString(kept.get(1));
		assertTrue(latest.contains("\"roots\": [{\"uri\":\"" + right + "\",\"files\":5,"), latest);
		assertTrue(notes.stream().anyMatch(n -> n.startsWith("manifest of the right side: ") && n.endsWith("signed)")),
				notes::toString);

		// bitrot on the right side: one byte, same size and time
		Path b = right.resolve("docs/b.txt");
		FileTime time = Files.getLastModifiedTime(b);
		Files.writeString(b, "bravo brav0");
		Files.setLastModifiedTime(b, time);
		CheckOperation.Verified scrub = manifests.scrub(profile(true, 2), null).orElseThrow();
		assertEquals(1, scrub.report().count(ManifestVerifier.Status.CORRUPTED));
		assertEquals(4, scrub.report().count(ManifestVerifier.Status.OK));
		assertEquals("docs/b.txt", scrub.report().findings().get(0).path().toString());
		assertTrue(scrub.signature().startsWith("verified (SHA256:"), scrub.signature());

		try (HistoryStore history = HistoryStore.open(HistoryStore.defaultFile(home), Clock.systemUTC())) {
			List<IntegrityCheck> checks = history.checks(Optional.of("backup"), 10);
			assertEquals(4, checks.size(), checks::toString);
			assertEquals(IntegrityCheck.Kind.VERIFY, checks.get(0).kind());
			assertEquals(IntegrityCheck.Status.FINDINGS, checks.get(0).status());
			assertEquals(List.of(new IntegrityCheck.Finding(right.toString(), "docs/b.txt", "CORRUPTED",
					scrub.report().findings().get(0).detail())), history.findings(checks.get(0).id()));
		}
		assertEquals(manifests.lastChecked("backup"), Optional.of(scrub.record().end()));
	}

	@Test
	void withoutAKeyFileTheManifestIsUnsignedAndTheScrubStillRuns() throws Exception {
		ProfileManifests manifests = new ProfileManifests(home, registry, clock, SecretSource.NONE);
		assertEquals(Optional.empty(), manifests.scrub(profile(true, 10), null), "no manifest yet");
		sync(profile(true, 10));
		assertTrue(notes.stream().anyMatch(n -> n.contains("unsigned: no key file")), notes::toString);
		CheckOperation.Verified scrub = manifests.scrub(profile(true, 10), null).orElseThrow();
		assertTrue(scrub.report().clean(), scrub.report().findings()::toString);
		assertEquals("unsigned", scrub.signature());
	}
}
