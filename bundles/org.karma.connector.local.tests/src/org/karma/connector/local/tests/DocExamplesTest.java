package org.karma.connector.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.local.internal.LocalConnectorFactory;

/**
 * The examples of {@code docs/connectors/local.md}, exactly as shown there: if one of these fails,
 * the page is wrong.
 */
class DocExamplesTest {

	private Path home;

	@BeforeEach
	void folders() throws Exception {
		home = Fixtures.newRoot("docs");
		Files.createDirectories(home.resolve("docs"));
		Files.createDirectories(home.resolve("pictures"));
		Files.createSymbolicLink(home.resolve("docs/photos"), home.resolve("pictures"));
		Files.writeString(home.resolve("pictures/cat.jpg"), "meow");
	}

	@AfterEach
	void clean() throws Exception {
		Fixtures.deleteTree(home);
	}

	@Test
	void connectWithOptions() throws Exception {
		String docs = home.resolve("docs").toString();
		LocalConnectorFactory factory = new LocalConnectorFactory();
		ConnectionSpec spec = new ConnectionSpec("file://" + docs, Map.of("follow_symlinks", "true", "concurrency", "4"),
				ConnectionSpec.Secrets.NONE);
		try (Connection c = factory.connect(spec, null)) {
			ConnectionFacts facts = c.facts();
			// on ext4: nanoseconds, case-sensitive, POSIX names
			if (Files.getFileStore(home).type().equals("ext4")) {
				assertEquals(Duration.ZERO, facts.mtimePrecision());
				assertEquals(CaseSensitivity.SENSITIVE, facts.caseSensitivity());
			}
			assertEquals(4, c.facts().maxConcurrency());
			// docs/photos -> ../pictures: read through...
			assertEquals(EntryKind.DIRECTORY, c.stat(RelPath.of("photos"), null).orElseThrow().kind());
			assertEquals(4, c.stat(RelPath.of("photos/cat.jpg"), null).orElseThrow().size());
			// ...but never written through
			ConnectorException e = assertThrows(ConnectorException.class, () -> c.write(RelPath.of("photos/dog.jpg"),
					new ByteArrayInputStream(new byte[3]), WriteOptions.DEFAULT, null));
			assertEquals(Reason.PERMISSION_DENIED, e.reason());
			assertEquals("'photos' is a symbolic link; KARMA never writes or deletes through links,"
					+ " so 'photos/dog.jpg' is refused", e.getMessage());
		}
	}

	@Test
	void defaultsDoNotFollow() throws Exception {
		try (Connection c = new LocalConnectorFactory().connect(ConnectionSpec.of(home.resolve("docs").toString()), null)) {
			assertEquals(EntryKind.SYMLINK, c.stat(RelPath.of("photos"), null).orElseThrow().kind());
			ConnectorException e = assertThrows(ConnectorException.class,
					() -> c.read(RelPath.of("photos/cat.jpg"), null));
			assertEquals(Reason.PERMISSION_DENIED, e.reason());
			assertEquals("'photos' is a symbolic link; links are not followed (option follow_symlinks is off),"
					+ " so 'photos/cat.jpg' is refused", e.getMessage());
		}
	}

	@Test
	void preconditions() throws Exception {
		try (Connection c = new LocalConnectorFactory().connect(ConnectionSpec.of(home.resolve("docs").toString()), null)) {
			byte[] v1 = "v1".getBytes(StandardCharsets.UTF_8);
			var seen = c.write(RelPath.of("notes.txt"), new ByteArrayInputStream(v1),
					WriteOptions.DEFAULT.withPrecondition(Precondition.ABSENT), null);
			ConnectorException absent = assertThrows(ConnectorException.class, () -> c.write(RelPath.of("notes.txt"),
					new ByteArrayInputStream(v1), WriteOptions.DEFAULT.withPrecondition(Precondition.ABSENT), null));
			assertEquals("'notes.txt' was not written: it exists already", absent.getMessage());
			Files.writeString(home.resolve("docs/notes.txt"), "edited in another program");
			ConnectorException changed = assertThrows(ConnectorException.class, () -> c.write(RelPath.of("notes.txt"),
					new ByteArrayInputStream(v1), WriteOptions.DEFAULT.withPrecondition(Precondition.unchanged(seen.version())),
					null));
			assertEquals(Reason.PRECONDITION_FAILED, changed.reason());
			assertEquals("'notes.txt' was not written: it was changed by someone else", changed.getMessage());
		}
	}

	@Test
	void connectErrors() throws Exception {
		LocalConnectorFactory factory = new LocalConnectorFactory();
		ConnectorException missing = assertThrows(ConnectorException.class,
				() -> factory.connect(ConnectionSpec.of("/no/such/folder"), null));
		assertEquals(Reason.NOT_FOUND, missing.reason());
		assertEquals("folder '/no/such/folder' does not exist", missing.getMessage());
		ConnectorException relative = assertThrows(ConnectorException.class,
				() -> factory.connect(ConnectionSpec.of("docs"), null));
		assertEquals(Reason.FATAL, relative.reason());
		assertEquals("'docs' is not a local folder: not an absolute path", relative.getMessage());
		ConnectorException remote = assertThrows(ConnectorException.class,
				() -> factory.connect(ConnectionSpec.of("file://nas/share"), null));
		assertEquals("'file://nas/share' is not a local folder: folders on other hosts ('nas') are not local;"
				+ " use their own scheme", remote.getMessage());
		ConnectorException query = assertThrows(ConnectorException.class,
				() -> factory.connect(ConnectionSpec.of("file:///a?x=1"), null));
		assertEquals("'file:///a?x=1' is not a local folder: options belong in the options, not in the location",
				query.getMessage());
		Path file = Files.writeString(home.resolve("x.txt"), "x");
		ConnectorException notFolder = assertThrows(ConnectorException.class,
				() -> factory.connect(ConnectionSpec.of(file.toString()), null));
		assertEquals(Reason.WRONG_KIND, notFolder.reason());
		assertEquals("'" + file + "' is a file, not a folder", notFolder.getMessage());
	}
}
