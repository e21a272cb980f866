package org.karma.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.versions.VersionsException;
import org.karma.core.versions.VersionsOperation;
import org.karma.core.versions.VersionsOperation.Listed;
import org.karma.core.versions.VersionsOperation.Place;
import org.karma.core.versions.VersionsOperation.Side;
import org.karma.engine.versions.FileVersion;
import org.karma.engine.versions.VersionArchive;
import org.karma.model.Profiles;
import org.karma.model.profile.Endpoint;
import org.karma.model.profile.ProfileFactory;
import org.karma.model.profile.SyncProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Listing and restoring versions through the operation the command line and the workbench use,
 * on memory endpoints that stand in for {@code file:} ones.
 */
class VersionsOperationTest {

	static final Instant T1 = Instant.parse("2025-01-02T03:04:05.678Z");
	static final Instant T2 = Instant.parse("2025-01-03T03:04:05.678Z");
	static final Instant NOW = Instant.parse("2025-02-01T00:00:00Z");
	static final RelPath DOC = RelPath.of("a/doc.txt");

	final MemoryConnectorFactory memory = new MemoryConnectorFactory();
	final ConnectorRegistry registry = new ConnectorRegistry();
	final VersionsOperation operation = new VersionsOperation(registry, Clock.fixed(NOW, ZoneOffset.UTC));
	SyncProfile profile;

	@BeforeEach
	void setUp() {
		registry.addFactory(new FileAsMemory(memory));
		profile = Profiles.create("docs", "/left", "/right");
	}

	Connection connect(String location) throws ConnectorException {
		return memory.connect(ConnectionSpec.of(location), null);
	}

	static Entry write(Connection c, RelPath path, String text) throws ConnectorException {
		return c.write(path, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				WriteOptions.DEFAULT.withCreateParents(true), null);
	}

	static Entry writeAt(Connection c, RelPath path, String text, Instant mtime) throws ConnectorException {
		return c.write(path, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				WriteOptions.DEFAULT.withCreateParents(true).withMtime(mtime), null);
	}

	static String read(Connection c, RelPath path) throws Exception {
		try (InputStream in = c.read(path, null)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Writes {@code text} at {@code path} and archives it at {@code at}; the file stays or goes as the archive does it. */
	static FileVersion version(Connection c, RelPath path, String text, Instant at) throws Exception {
		Entry seen = write(c, path, text);
		VersionArchive.Archived archived = new VersionArchive(c, Clock.fixed(at, ZoneId.of("UTC"))).archive(path, seen, null);
		return archived.version();
	}

	@Test
	void listsBothSidesTaggedThenOnePath() throws Exception {
		try (Connection left = connect("/left"); Connection right = connect("/right")) {
			FileVersion l1 = version(left, DOC, "one", T1);
			FileVersion l2 = version(left, DOC, "two", T2);
			FileVersion r1 = version(right, RelPath.of("b.txt"), "bee", T1);
			FileVersion l3 = version(left, RelPath.of("0.txt"), "zero", T1);
			List<Listed> all = operation.list(Place.of(profile), null, null);
			assertEquals(List.of(new Listed(Side.LEFT, l3), new Listed(Side.LEFT, l2), new Listed(Side.LEFT, l1),
					new Listed(Side.RIGHT, r1)), all, "by side, then path, newest first");
			assertEquals(List.of(new Listed(Side.LEFT, l2), new Listed(Side.LEFT, l1)),
					operation.list(Place.of(profile), DOC, null));
			Endpoint right1 = endpoint("/right");
			assertEquals(List.of(new Listed(Side.ENDPOINT, r1)), operation.list(Place.of(right1), null, null));
			assertEquals(List.of(), operation.list(Place.of(endpoint("/empty")), null, null));
		}
	}

	@Test
	void restoreOverTheCurrentFileKeepsItAsAVersion() throws Exception {
		try (Connection left = connect("/left")) {
			FileVersion first = version(left, DOC, "first", T1);
			FileVersion second = version(left, DOC, "second", T2);
			write(left, DOC, "current");

			VersionsOperation.Restored restored = operation.restore(Place.of(profile), DOC, null, null, null, null);
			assertEquals(Side.LEFT, restored.side());
			assertEquals(second, restored.version(), "the newest by default");
			assertEquals("second", read(left, DOC));
			FileVersion kept = restored.archivedCurrent().orElseThrow(() -> new AssertionError("current file archived"));
			assertEquals(NOW, kept.timestamp());
			assertEquals("current", read(left, kept.path()), "nothing lost");

			VersionsOperation.Restored older = operation.restore(Place.of(profile), DOC, T2.minusMillis(1), null,
					RelPath.of("old/doc.txt"), null);
			assertEquals(first, older.version(), "the newest at or before --at");
			assertEquals(RelPath.of("old/doc.txt"), older.target());
			assertEquals("first", read(left, RelPath.of("old/doc.txt")));
			assertTrue(older.archivedCurrent().isEmpty(), "nothing was there");
			assertEquals("second", read(left, DOC), "the original place untouched");
			List<String> contents = new java.util.ArrayList<>();
			for (Listed l : operation.list(Place.of(profile), DOC, null)) {
				contents.add(read(left, l.version().path()));
			}
			assertEquals(List.of("current", "second", "first"), contents, "every version still there");
		}
	}

	@Test
	void bothSidesNeedAChoiceAndNoVersionIsBadInput() throws Exception {
		try (Connection left = connect("/left"); Connection right = connect("/right")) {
			version(left, DOC, "left", T1);
			version(right, DOC, "right", T2);
			VersionsException both = assertThrows(VersionsException.class,
					() -> operation.restore(Place.of(profile), DOC, null, null, null, null));
			assertEquals(VersionsException.Kind.BAD_INPUT, both.kind());
			assertTrue(both.getMessage().contains("--side left or --side right"), both.getMessage());

			// with --at before the right side's only version, only the left one qualifies
			assertEquals(Side.LEFT, operation.restore(Place.of(profile), DOC, T1, null, null, null).side());
			assertEquals("left", read(left, DOC));
			assertEquals(Side.RIGHT, operation.restore(Place.of(profile), DOC, null, Side.RIGHT, null, null).side());
			assertEquals("right", read(right, DOC));

			VersionsException none = assertThrows(VersionsException.class,
					() -> operation.restore(Place.of(profile), RelPath.of("nope.txt"), null, null, null, null));
			assertEquals(VersionsException.Kind.BAD_INPUT, none.kind());
			assertTrue(none.getMessage().startsWith("no version of nope.txt"), none.getMessage());
			VersionsException early = assertThrows(VersionsException.class,
					() -> operation.restore(Place.of(profile), DOC, T1.minusMillis(1), Side.LEFT, null, null));
			assertTrue(early.getMessage().startsWith("no version of a/doc.txt archived at or before"), early.getMessage());
			assertEquals(VersionsException.Kind.BAD_INPUT, assertThrows(VersionsException.class,
					() -> operation.restore(Place.of(profile), DOC, null, null, RelPath.of(".karma-versions/x"), null)).kind());
		}
	}

	@Test
	void anUnreachableEndpointIsCannotConnectAndAMissingConnectorBadInput() throws Exception {
		VersionsException down = assertThrows(VersionsException.class,
				() -> operation.list(Place.of(endpoint("/down/x")), null, null));
		assertEquals(VersionsException.Kind.CANNOT_CONNECT, down.kind());
		assertTrue(down.getMessage().contains("the server does not answer"), down.getMessage());
		assertEquals(VersionsException.Kind.CANNOT_CONNECT, assertThrows(VersionsException.class,
				() -> operation.restore(Place.of(endpoint("/down")), DOC, null, null, null, null)).kind());
		VersionsException noConnector = assertThrows(VersionsException.class,
				() -> operation.list(Place.of(endpoint("sftp://host/x")), null, null));
		assertEquals(VersionsException.Kind.BAD_INPUT, noConnector.kind());
	}

	@Test
	void restoresTheChosenVersionNotJustTheNewest() throws Exception {
		try (Connection left = connect("/left")) {
			FileVersion first = version(left, DOC, "first", T1);
			version(left, DOC, "second", T2);
			write(left, DOC, "current");
			Place place = Place.of(profile).get(0);
			VersionsOperation.Restored restored = operation.restore(place, first, null, null);
			assertEquals(first, restored.version());
			assertEquals("first", read(left, DOC));
			assertEquals("current", read(left, restored.archivedCurrent().orElseThrow().path()), "the current file kept");
			operation.restore(place, first, RelPath.of("copy/doc.txt"), null);
			assertEquals("first", read(left, RelPath.of("copy/doc.txt")));
			FileVersion gone = new FileVersion(DOC, T1.minusSeconds(5), 0,
					RelPath.of(".karma-versions/a/doc~20250102-030400.678.txt"), 3);
			VersionsException pruned = assertThrows(VersionsException.class, () -> operation.restore(place, gone, null, null));
			assertEquals(VersionsException.Kind.BAD_INPUT, pruned.kind());
		}
	}

	@Test
	void readsWholeFilesForComparingAndRefusesHugeOnes() throws Exception {
		try (Connection right = connect("/right")) {
			write(right, DOC, "hello");
			Place place = Place.of(profile).get(1);
			assertEquals("hello", new String(operation.read(place, DOC, 100, null).orElseThrow(), StandardCharsets.UTF_8));
			assertTrue(operation.read(place, RelPath.of("missing.txt"), 100, null).isEmpty());
			VersionsException big = assertThrows(VersionsException.class, () -> operation.read(place, DOC, 4, null));
			assertEquals(VersionsException.Kind.FAILED, big.kind());
			assertTrue(big.getMessage().contains("too large"), big.getMessage());
		}
	}

	@Test
	void aBaseCopyIsAVersionMatchingTheBaseStateNeverAGuess() throws Exception {
		try (Connection left = connect("/left"); Connection right = connect("/right")) {
			Instant m0 = Instant.parse("2025-01-01T10:00:00Z");
			Entry base = writeAt(left, DOC, "base", m0);
			Entry other = write(right, DOC, "bass");
			org.karma.engine.FileState leftState = org.karma.engine.FileState.of(base, null);
			org.karma.engine.BaseEntry entry = new org.karma.engine.BaseEntry(leftState,
					org.karma.engine.FileState.of(other, null));
			assertTrue(operation.baseCopy(Place.of(profile), DOC, entry, null).isEmpty(), "nothing kept yet");
			assertTrue(operation.baseCopy(Place.of(profile), DOC, null, null).isEmpty(), "never synced: no base");

			// the same size but another modification time: not the base
			Entry bake = writeAt(left, DOC, "bake", m0.plusSeconds(60));
			new VersionArchive(left, Clock.fixed(T1, ZoneId.of("UTC"))).archive(DOC, bake, null);
			assertTrue(operation.baseCopy(Place.of(profile), DOC, entry, null).isEmpty(), "size alone proves nothing");

			// the base content archived (a version keeps the file's modification time)
			Entry again = writeAt(left, DOC, "base", m0);
			FileVersion kept = new VersionArchive(left, Clock.fixed(T2, ZoneId.of("UTC"))).archive(DOC, again, null)
					.version();
			assertEquals(Optional.of(new Listed(Side.LEFT, kept)), operation.baseCopy(Place.of(profile), DOC, entry, null));

			// with a checksum in the base state the content decides
			String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest("base".getBytes(StandardCharsets.UTF_8)));
			org.karma.engine.BaseEntry hashed = new org.karma.engine.BaseEntry(
					leftState.withHash(sha), org.karma.engine.FileState.of(other, null));
			assertEquals(Optional.of(new Listed(Side.LEFT, kept)), operation.baseCopy(Place.of(profile), DOC, hashed, null));
			org.karma.engine.BaseEntry wrongHash = new org.karma.engine.BaseEntry(leftState.withHash(sha.replace('a', 'b')),
					org.karma.engine.FileState.of(other, null));
			assertTrue(operation.baseCopy(Place.of(profile), DOC, wrongHash, null).isEmpty(), "the hash decides");
		}
	}

	static Endpoint endpoint(String uri) {
		Endpoint endpoint = ProfileFactory.eINSTANCE.createEndpoint();
		endpoint.setUri(uri);
		return endpoint;
	}
}
