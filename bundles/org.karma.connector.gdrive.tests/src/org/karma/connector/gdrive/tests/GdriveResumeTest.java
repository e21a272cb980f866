package org.karma.connector.gdrive.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;

import com.google.api.client.util.Sleeper;

/**
 * Resumable uploads resumed across runs: FakeDrive cuts the connection in the middle of an upload
 * of 3 MiB in 256 KiB chunks; the journal (mode 600, the session URI in it and in no message)
 * lets the next write of the same content — through a new factory, as the next run would — ask
 * the session how much Drive holds and send only the rest (the fake counts the bytes). Other
 * content, or a session Drive forgot, starts over.
 */
class GdriveResumeTest {
	private static final int CHUNK = 256 * 1024;
	private static final int SIZE = 3 * 1024 * 1024 + 1000;

	@TempDir
	Path journals;
	private FakeDrive drive;
	private String folderId;
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	@BeforeEach
	void start() throws Exception {
		drive = new FakeDrive();
		folderId = drive.put(FakeDrive.ROOT, "resume", FakeDrive.FOLDER, new byte[0]);
	}

	@AfterEach
	void stop() {
		drive.close();
	}

	/** A connection of a new factory: what the next run of karma would have. */
	private Connection run() throws ConnectorException {
		return new GdriveConnectorFactory(Sleeper.DEFAULT, journals).connect(GdriveFixture.spec(drive, "gdrive:/resume",
				Map.of("upload_cutoff", String.valueOf(CHUNK), "chunk_size", String.valueOf(CHUNK), "max_retries", "1"),
				"access-1", null), monitor);
	}

	private static byte[] content(int seed) {
		byte[] bytes = new byte[SIZE];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	private void write(Connection c, String path, byte[] content) throws ConnectorException {
		c.write(RelPath.of(path), new ByteArrayInputStream(content), WriteOptions.DEFAULT, monitor);
	}

	private byte[] read(String path) throws Exception {
		try (Connection c = run(); InputStream in = c.read(RelPath.of(path), monitor)) {
			return in.readAllBytes();
		}
	}

	private List<Path> journalFiles() throws Exception {
		if (!Files.isDirectory(journals)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(journals)) {
			return files.toList();
		}
	}

	/** The first run: cut after {@code chunks} chunks; the write fails transiently and leaves a journal. */
	private void interruptedRun(String path, byte[] content, int chunks) throws Exception {
		drive.cutAfterChunks.set(chunks);
		long before = drive.resumableBytes.get();
		try (Connection c = run()) {
			ConnectorException cut = assertThrows(ConnectorException.class, () -> write(c, path, content));
			assertEquals(Reason.TRANSIENT, cut.reason(), cut.getMessage());
			assertFalse(cut.getMessage().contains("upload_id"), "no session URI in " + cut.getMessage());
			assertEquals(null, cut.getCause(), "no cause (its message would hold the session URI)");
		}
		assertEquals((long) chunks * CHUNK, drive.resumableBytes.get() - before);
		assertEquals(-1, drive.cutAfterChunks.get(), "the cut happened");
	}

	@Test
	void theNextRunSendsOnlyTheRest() throws Exception {
		byte[] content = content(1);
		interruptedRun("big.bin", content, 5);
		List<Path> left = journalFiles();
		assertEquals(1, left.size(), left.toString());
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(left.get(0))));
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(journals)));
		String journal = Files.readString(left.get(0), StandardCharsets.UTF_8);
		assertTrue(journal.contains("upload_id") && journal.contains("confirmed=" + 5 * CHUNK), journal);

		long before = drive.resumableBytes.get();
		try (Connection next = run()) {
			write(next, "big.bin", content);
		}
		assertEquals(SIZE - 5L * CHUNK, drive.resumableBytes.get() - before, "only the rest was sent");
		assertArrayEquals(content, read("big.bin"));
		assertEquals(List.of(), journalFiles(), "no journal after the upload completed");
	}

	@Test
	void anOverwriteResumesToo() throws Exception {
		try (Connection c = run()) {
			write(c, "big.bin", "small first".getBytes(StandardCharsets.UTF_8));
		}
		String id = drive.idOf(folderId, "big.bin");
		byte[] content = content(2);
		interruptedRun("big.bin", content, 3);
		long before = drive.resumableBytes.get();
		try (Connection next = run()) {
			write(next, "big.bin", content);
		}
		assertEquals(SIZE - 3L * CHUNK, drive.resumableBytes.get() - before, "only the rest was sent");
		assertArrayEquals(content, read("big.bin"));
		assertEquals(java.util.Set.of("big.bin"), drive.tree(folderId).keySet());
		assertEquals(id, drive.idOf(folderId, "big.bin"), "a new revision of the same file");
	}

	@Test
	void otherContentStartsOver() throws Exception {
		interruptedRun("big.bin", content(3), 4);
		byte[] other = content(4);
		long before = drive.resumableBytes.get();
		try (Connection next = run()) {
			write(next, "big.bin", other);
		}
		assertEquals(SIZE, drive.resumableBytes.get() - before, "all of the new content was sent");
		assertArrayEquals(other, read("big.bin"));
		assertEquals(List.of(), journalFiles());
	}

	@Test
	void aSessionDriveForgotStartsOver() throws Exception {
		byte[] content = content(5);
		interruptedRun("big.bin", content, 4);
		drive.expireUploadSessions();
		long before = drive.resumableBytes.get();
		try (Connection next = run()) {
			write(next, "big.bin", content);
		}
		assertEquals(SIZE, drive.resumableBytes.get() - before, "everything was sent again");
		assertArrayEquals(content, read("big.bin"));
		assertEquals(List.of(), journalFiles());
	}
}
