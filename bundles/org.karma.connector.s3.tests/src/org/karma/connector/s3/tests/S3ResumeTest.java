package org.karma.connector.s3.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;

import software.amazon.awssdk.services.s3.model.MultipartUpload;

/**
 * Resume of an interrupted multipart upload from its journal: the relay in front of S3Proxy cuts
 * every UploadPart request after the first two (a dead network; the SDK's 8 attempts all fail),
 * then a new connection through a new factory (as a new process would) writes again.
 */
class S3ResumeTest {

	private static final int MIB = 1 << 20;
	/** 5 parts of 5 MiB and one of 1 MiB. */
	private static final int SIZE = 26 * MIB;
	private static final int PARTS = 6;
	private static final Predicate<String> UPLOAD_PART = line -> line.startsWith("PUT ") && line.contains("partNumber=");
	private static final RelPath FILE = RelPath.of("big.bin");

	private static S3ProxyServer server;
	private static FaultProxy proxy;
	private static Admin admin;
	private Path journals;
	private String prefix;

	@BeforeAll
	static void start() throws Exception {
		server = S3ProxyServer.start();
		proxy = new FaultProxy(server.port);
		admin = new Admin(server);
	}

	@AfterAll
	static void stop() throws Exception {
		if (admin != null) {
			admin.close();
		}
		if (proxy != null) {
			proxy.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void fresh() throws Exception {
		journals = Files.createTempDirectory("karma-s3-resume");
		prefix = S3Fixture.freshPrefix();
	}

	@AfterEach
	void heal() {
		proxy.cutWhen(line -> false);
	}

	private S3Fixture connect() throws ConnectorException {
		// a new factory: nothing is shared with an earlier connection but the journal folder
		return S3Fixture.create(server, prefix, Map.of("endpoint", proxy.endpoint(), "part_size_mb", "5"),
				S3Fixture.factory(journals));
	}

	private static byte[] content(long seed) {
		byte[] data = new byte[SIZE];
		new Random(seed).nextBytes(data);
		return data;
	}

	private List<Path> journalFiles() throws Exception {
		try (Stream<Path> files = Files.list(journals)) {
			return files.toList();
		}
	}

	private List<MultipartUpload> uploads() {
		return admin.uploads(prefix + "/");
	}

	/** Writes with every UploadPart after the second cut: fails transient, keeps the upload and its journal. */
	private void interruptedWrite(byte[] data) throws Exception {
		AtomicInteger parts = new AtomicInteger();
		proxy.cutWhen(line -> UPLOAD_PART.test(line) && parts.incrementAndGet() > 2);
		try (S3Fixture fixture = connect()) {
			ConnectorException e = assertThrows(ConnectorException.class,
					() -> fixture.connection().write(FILE, new ByteArrayInputStream(data), WriteOptions.DEFAULT, null));
			assertTrue(e.isRetryable(), e.reason() + ": " + e.getMessage());
		} finally {
			proxy.cutWhen(line -> false);
		}
		assertTrue(proxy.cuts.get() > 0, "the relay cut part uploads");
		assertEquals(1, journalFiles().size(), "the journal of the interrupted upload");
		assertEquals(1, uploads().size(), "a transient failure does not abort the upload");
	}

	/** Writes through a new connection; answers the number of parts sent. */
	private long writeAgain(byte[] data) throws Exception {
		proxy.clearRequests();
		try (S3Fixture fixture = connect()) {
			Entry written = fixture.connection().write(FILE, new ByteArrayInputStream(data), WriteOptions.DEFAULT, null);
			assertEquals(SIZE, written.size());
			try (InputStream in = fixture.connection().read(FILE, null)) {
				assertArrayEquals(data, in.readAllBytes(), "the object is the written content, byte for byte");
			}
		}
		assertEquals(List.of(), journalFiles(), "the journal is gone after completing");
		assertEquals(List.of(), uploads(), "no multipart upload is left");
		return proxy.count(UPLOAD_PART);
	}

	@Test
	void interruptedUploadIsResumedSendingOnlyTheMissingParts() throws Exception {
		byte[] data = content(1);
		interruptedWrite(data);
		assertEquals(PARTS - 2, writeAgain(data), "parts 1 and 2 are not sent again");
	}

	@Test
	void changedContentStartsOver() throws Exception {
		interruptedWrite(content(2));
		byte[] changed = content(3);
		assertEquals(PARTS, writeAgain(changed), "other content: every part, in a new upload");
	}

	@Test
	void uploadGoneMeanwhileStartsOver() throws Exception {
		byte[] data = content(4);
		interruptedWrite(data);
		MultipartUpload stale = uploads().get(0);
		admin.s3.abortMultipartUpload(b -> b.bucket(S3Fixture.BUCKET).key(stale.key()).uploadId(stale.uploadId()));
		assertEquals(PARTS, writeAgain(data), "the recorded upload is gone: every part again");
	}

	@Test
	void anUploadLeftForMoreThanAWeekIsAbortedWhenConnecting() throws Exception {
		interruptedWrite(content(5));
		Path journal = journalFiles().get(0);
		Files.setLastModifiedTime(journal, FileTime.from(Instant.now().minus(Duration.ofDays(8))));
		try (S3Fixture fixture = connect()) {
			assertEquals(List.of(), journalFiles(), "the stale journal is gone");
			assertEquals(List.of(), uploads(), "its upload was aborted");
		}
	}
}
