package org.karma.connector.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.LinkOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

class IoErrorsTest {

	private static final RelPath P = RelPath.of("docs/a.txt");
	private static final String ABS = "/home/ann/secret-place/docs/a.txt";

	private static ConnectorException map(IOException e) {
		return IoErrors.map(e, P, "cannot write");
	}

	private static void expect(Reason reason, IOException e) {
		ConnectorException mapped = map(e);
		assertEquals(reason, mapped.reason(), e.toString());
		assertEquals(P, mapped.path());
		assertTrue(mapped.getMessage().startsWith("cannot write 'docs/a.txt'"), mapped.getMessage());
		assertFalse(mapped.getMessage().contains(ABS), "the absolute path stays out of the message: " + mapped.getMessage());
		assertEquals(reason.retryable(), mapped.isRetryable());
	}

	@Test
	void exceptionTypes() {
		expect(Reason.NOT_FOUND, new NoSuchFileException(ABS));
		expect(Reason.ALREADY_EXISTS, new FileAlreadyExistsException(ABS));
		expect(Reason.NOT_EMPTY, new DirectoryNotEmptyException(ABS));
		expect(Reason.PERMISSION_DENIED, new AccessDeniedException(ABS));
		expect(Reason.WRONG_KIND, new NotDirectoryException(ABS));
		expect(Reason.UNSUPPORTED, new AtomicMoveNotSupportedException(ABS, "/x", "Invalid cross-device link"));
		expect(Reason.CANCELLED, new ClosedByInterruptException());
	}

	@Test
	void errnoTexts() {
		expect(Reason.QUOTA, new IOException("No space left on device"));
		expect(Reason.QUOTA, new FileSystemException(ABS, null, "No space left on device"));
		expect(Reason.QUOTA, new FileSystemException(ABS, null, "Disk quota exceeded"));
		expect(Reason.QUOTA, new FileSystemException(ABS, null, "File too large"));
		expect(Reason.NAME_NOT_REPRESENTABLE, new FileSystemException(ABS, null, "File name too long"));
		expect(Reason.NAME_NOT_REPRESENTABLE,
				new FileSystemException(ABS, null, "Invalid or incomplete multibyte or wide character"));
		expect(Reason.PERMISSION_DENIED, new FileSystemException(ABS, null, "Operation not permitted"));
		expect(Reason.PERMISSION_DENIED, new FileSystemException(ABS, null, "Read-only file system"));
		expect(Reason.PERMISSION_DENIED, new IOException("Too many levels of symbolic links (NOFOLLOW_LINKS specified)"));
		expect(Reason.WRONG_KIND, new FileSystemException(ABS, null, "Is a directory"));
		expect(Reason.WRONG_KIND, new FileSystemException(ABS, null, "Not a directory"));
		expect(Reason.NOT_EMPTY, new FileSystemException(ABS, null, "Directory not empty"));
		expect(Reason.TRANSIENT, new FileSystemException(ABS, null, "Stale file handle"));
		expect(Reason.FATAL, new FileSystemException(ABS, null, "Input/output error"));
		expect(Reason.FATAL, new IOException());
	}

	@Test
	void invalidPathsAreNamesThatCannotBeStored() {
		ConnectorException e = IoErrors.map(new InvalidPathException("a\u0000b", "Nul character not allowed"), P);
		assertEquals(Reason.NAME_NOT_REPRESENTABLE, e.reason());
	}

	/** The real exceptions of this platform's file system, not only hand-made ones. */
	@Test
	void realFailuresOfThisFileSystem(@TempDir Path tmp) throws Exception {
		Path file = Files.writeString(tmp.resolve("file"), "x");
		Files.createDirectory(tmp.resolve("dir"));
		Files.writeString(tmp.resolve("dir/child"), "y");
		Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("dir"));
		expectReal(Reason.NOT_FOUND, () -> Files.readString(tmp.resolve("missing")));
		expectReal(Reason.WRONG_KIND, () -> Files.newInputStream(file.resolve("under")).close());
		expectReal(Reason.NAME_NOT_REPRESENTABLE, () -> Files.createFile(tmp.resolve("n".repeat(300))));
		expectReal(Reason.NOT_EMPTY, () -> Files.delete(tmp.resolve("dir")));
		expectReal(Reason.ALREADY_EXISTS, () -> Files.createDirectory(tmp.resolve("dir")));
		expectReal(Reason.PERMISSION_DENIED,
				() -> Files.newByteChannel(tmp.resolve("link"), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS).close());
	}

	private interface IoAction {
		void run() throws IOException;
	}

	private static void expectReal(Reason reason, IoAction action) {
		try {
			action.run();
		} catch (IOException e) {
			assertEquals(reason, map(e).reason(), e.toString());
			return;
		}
		throw new AssertionError("no failure, expected " + reason);
	}
}
