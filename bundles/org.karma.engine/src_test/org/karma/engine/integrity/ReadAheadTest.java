package org.karma.engine.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

	private static byte[] bytes(int size) {
		byte[] b = new byte[size];
		new Random(size).nextBytes(b);
		return b;
	}

	@AfterEach
	void noReaderLeft() {
		assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("karma-read-ahead")),
				"the reader thread has ended when pump returns");
	}

	private static byte[] pumped(InputStream in, int buffer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long n = ReadAhead.pump(in, new byte[buffer], (b, len) -> out.write(b, 0, len), () -> false);
		assertEquals(out.size(), n, "the count returned is what was given");
		return out.toByteArray();
	}

	@Test
	void everyByteArrivesInOrder() throws Exception {
		for (int size : new int[] { 0, 1, 4096, 4096 * 3, 4096 * 3 + 1, 1_000_003 }) {
			byte[] content = bytes(size);
			assertArrayEquals(content, pumped(new ByteArrayInputStream(content), 4096), "size " + size);
		}
	}

	@Test
	void shortReadsDoNotEndTheStream() throws Exception {
		byte[] content = bytes(100_000);
		InputStream trickle = new ByteArrayInputStream(content) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 7)); // as a network stream may
			}
		};
		assertArrayEquals(content, pumped(trickle, 4096));
	}

	/** A stream that gives {@code good} bytes, then fails with {@code failure}. */
	private static InputStream failingAfter(int good, Throwable failure) {
		return new InputStream() {
			int left = good;

			@Override
			public int read() throws IOException {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				if (left == 0) {
					if (failure instanceof IOException io) {
						throw io;
					}
					if (failure instanceof RuntimeException r) {
						throw r;
					}
					throw (Error) failure;
				}
				int n = Math.min(len, left);
				left -= n;
				return n;
			}
		};
	}

	@Test
	void theReadsFailureIsThrownAsItIs() {
		IOException io = new IOException("disk gone");
		assertSame(io, assertThrows(IOException.class, () -> pumped(failingAfter(10_000, io), 4096)));
		IllegalStateException runtime = new IllegalStateException("a connector's bug");
		assertSame(runtime, assertThrows(IllegalStateException.class, () -> pumped(failingAfter(10_000, runtime), 4096)));
		// an error too: else the hashing thread would wait for the reader forever
		NoClassDefFoundError error = new NoClassDefFoundError("broken installation");
		assertSame(error, assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> assertThrows(NoClassDefFoundError.class, () -> pumped(failingAfter(0, error), 4096))));
	}

	@Test
	void cancellingStopsAReaderThatWaitsForData() throws Exception {
		AtomicInteger given = new AtomicInteger();
		InputStream slow = new InputStream() {
			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				if (given.get() >= 2 * 4096) {
					try {
						Thread.sleep(60_000); // a stalled network read
					} catch (InterruptedException e) {
						throw new InterruptedIOException("interrupted");
					}
				}
				given.addAndGet(len);
				return len;
			}
		};
		AtomicInteger buffers = new AtomicInteger();
		long n = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> ReadAhead.pump(slow, new byte[4096], (b, len) -> buffers.incrementAndGet(), () -> buffers.get() == 2));
		assertEquals(-1, n);
		assertEquals(2, buffers.get());
	}

	@Test
	void aFailureOfTheSinkStopsTheReader() {
		byte[] content = bytes(1_000_000);
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReadAhead.pump(new ByteArrayInputStream(content),
				new byte[4096], (b, len) -> {
					throw new IllegalStateException("digest failed");
				}, () -> false));
		assertEquals("digest failed", e.getMessage());
	}
}
