package org.karma.connector.local.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.RelPath;
import org.karma.connector.local.internal.LocalConnection;

/**
 * The streams a read hands out: a short read of a plain file is its end, so a small file costs
 * one read of the system, not two; the stream then answers the end (and nothing more is
 * available or skipped) even if the file grows behind it.
 */
class ReadStreamTest {

	private Path root;
	private LocalConnection c;

	@BeforeEach
	void open() throws Exception {
		root = Fixtures.newRoot("read");
		c = Fixtures.connect(root);
	}

	@AfterEach
	void close() throws Exception {
		c.close();
		Fixtures.deleteTree(root);
	}

	private static byte[] bytes(int n, int seed) {
		byte[] b = new byte[n];
		for (int i = 0; i < n; i++) {
			b[i] = (byte) (i * 31 + seed);
		}
		return b;
	}

	/** Reads once with room to spare, appends to the file, then reads on: the end was already known. */
	private void shortReadIsTheEnd(InputStream in, Path file, byte[] content) throws Exception {
		byte[] buffer = new byte[content.length + 100];
		assertEquals(content.length, in.read(buffer, 0, buffer.length));
		assertArrayEquals(content, Arrays.copyOf(buffer, content.length));
		Files.write(file, bytes(500, 7), StandardOpenOption.APPEND); // grows behind the stream
		assertEquals(0, in.available());
		assertEquals(0, in.skip(10));
		assertEquals(-1, in.read(buffer, 0, buffer.length), "the short read was the end; no second system read");
		assertEquals(-1, in.read());
	}

	@Test
	void aShortReadByPathIsTheEndOfTheFile() throws Exception {
		byte[] content = bytes(10_000, 1);
		Files.write(root.resolve("a.bin"), content);
		try (InputStream in = c.read(RelPath.of("a.bin"), new NullProgressMonitor())) {
			shortReadIsTheEnd(in, root.resolve("a.bin"), content);
		}
	}

	@Test
	void aShortReadThroughAFolderHandleIsTheEndOfTheFile() throws Exception {
		byte[] content = bytes(3_000, 2);
		Files.createDirectories(root.resolve("d"));
		Files.write(root.resolve("d/b.bin"), content);
		Capability.FolderReads reads = c.capability(Capability.FolderReads.class).orElseThrow();
		try (Capability.FolderReads.Folder folder = reads.openFolder(RelPath.of("d"), new NullProgressMonitor());
				InputStream in = folder.read("b.bin", new NullProgressMonitor())) {
			shortReadIsTheEnd(in, root.resolve("d/b.bin"), content);
		}
	}

	@Test
	void fullReadsGoOnUntilTheSystemGivesLess() throws Exception {
		// exactly as many bytes as asked: not the end yet; the bytes appended before the next read are read
		byte[] content = bytes(4096, 3);
		Path file = root.resolve("c.bin");
		Files.write(file, content);
		try (InputStream in = c.read(RelPath.of("c.bin"), new NullProgressMonitor())) {
			byte[] buffer = new byte[4096];
			assertEquals(4096, in.read(buffer, 0, 4096));
			assertArrayEquals(content, buffer);
			Files.write(file, bytes(100, 9), StandardOpenOption.APPEND);
			assertEquals(100, in.read(buffer, 0, 4096));
			assertArrayEquals(bytes(100, 9), Arrays.copyOf(buffer, 100));
			assertEquals(-1, in.read(buffer, 0, 4096));
		}
	}

	@Test
	void anEmptyFileEndsAtOnce() throws Exception {
		Files.write(root.resolve("e.bin"), new byte[0]);
		try (InputStream in = c.read(RelPath.of("e.bin"), new NullProgressMonitor())) {
			assertEquals(-1, in.read(new byte[10], 0, 10));
			assertEquals(-1, in.read(new byte[10], 0, 10));
		}
	}

	@Test
	void aRangeEndsAtItsLimitOrAtTheEndOfTheFile() throws Exception {
		byte[] content = bytes(1000, 4);
		Files.write(root.resolve("r.bin"), content);
		try (InputStream in = c.read(RelPath.of("r.bin"), 900, 500, new NullProgressMonitor())) {
			byte[] buffer = new byte[600];
			assertEquals(100, in.read(buffer, 0, 600));
			assertArrayEquals(Arrays.copyOfRange(content, 900, 1000), Arrays.copyOf(buffer, 100));
			assertEquals(-1, in.read(buffer, 0, 600));
		}
		try (InputStream in = c.read(RelPath.of("r.bin"), 10, 20, new NullProgressMonitor())) {
			assertArrayEquals(Arrays.copyOfRange(content, 10, 30), in.readAllBytes());
		}
	}
}
