package org.karma.engine.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;

/**
 * Feeds a large file to its digests while the next part of it is being read: a reader thread
 * fills a few buffers ahead, the calling thread hashes them. Reading from a file costs copies
 * (the kernel's page cache into the JDK's direct buffer, that into the array) about as long as
 * SHA-256 itself takes with the CPU's SHA instructions, so the two overlap instead of taking turns:
 * one 1 GiB file is hashed in about half the time.
 */
final class ReadAhead {

	/** Files of this size or more are read ahead (smaller ones are not worth a thread). */
	static final long MIN_SIZE = 8 << 20;

	/** Buffers in flight: one being hashed, the others being filled or waiting. */
	static final int BUFFERS = 3;

	/** What the reader hands over: a filled buffer, the end, or the read's failure. */
	private record Chunk(byte[] bytes, int length, Throwable failure) {
		static final Chunk END = new Chunk(null, 0, null);
	}

	/** Gets the bytes of each buffer, in order. */
	interface Sink {
		void accept(byte[] bytes, int length);
	}

	private ReadAhead() {
	}

	/**
	 * Reads {@code in} to its end on a new thread, giving each filled buffer to {@code sink} on this
	 * one. The stream is read by the reader thread only, which has ended when this returns; the
	 * caller closes the stream.
	 *
	 * @param first     a buffer to use (the caller's), others of the same size are made
	 * @param cancelled asked after each buffer
	 * @return the bytes read, or -1 when cancelled
	 * @throws IOException the read's failure (a runtime exception or error of the read is thrown as it is)
	 */
	static long pump(InputStream in, byte[] first, Sink sink, BooleanSupplier cancelled) throws IOException {
		BlockingQueue<byte[]> empty = new ArrayBlockingQueue<>(BUFFERS);
		BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(BUFFERS + 1);
		empty.add(first);
		for (int i = 1; i < BUFFERS; i++) {
			empty.add(new byte[first.length]);
		}
		Thread reader = new Thread(() -> fill(in, empty, full), "karma-read-ahead");
		reader.setDaemon(true);
		reader.start();
		boolean done = false;
		try {
			long total = 0;
			while (true) {
				Chunk c = full.take();
				if (c.failure() != null) {
					done = true; // the reader has ended
					throw rethrown(c.failure());
				}
				if (c == Chunk.END) {
					done = true;
					return total;
				}
				sink.accept(c.bytes(), c.length());
				total += c.length();
				empty.add(c.bytes());
				if (cancelled.getAsBoolean()) {
					return -1;
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while hashing");
		} finally {
			if (!done) {
				reader.interrupt(); // waiting for a buffer, or reading (an interrupted read closes the stream: it is given up)
			}
			joinUninterruptibly(reader);
		}
	}

	/** The reader: fills buffers until the end of the stream or a failure, which it hands over last. */
	private static void fill(InputStream in, BlockingQueue<byte[]> empty, BlockingQueue<Chunk> full) {
		try {
			while (true) {
				byte[] b = empty.take();
				int n = 0;
				for (int k; n < b.length && (k = in.read(b, n, b.length - n)) >= 0;) { // a short read is not the end
					n += k;
				}
				if (n > 0) {
					full.put(new Chunk(b, n, null));
				}
				if (n < b.length) {
					full.put(Chunk.END);
					return;
				}
			}
		} catch (InterruptedException e) {
			// the hashing thread gave up: nobody waits for more
		} catch (IOException | RuntimeException | Error e) {
			// anything, or the hashing thread would wait forever; room: at most BUFFERS chunks are ever queued
			full.offer(new Chunk(null, 0, e));
		}
	}

	private static IOException rethrown(Throwable failure) {
		if (failure instanceof RuntimeException r) {
			throw r;
		}
		if (failure instanceof Error e) {
			throw e;
		}
		return (IOException) failure;
	}

	private static void joinUninterruptibly(Thread t) {
		boolean interrupted = false;
		while (true) {
			try {
				t.join();
				break;
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
