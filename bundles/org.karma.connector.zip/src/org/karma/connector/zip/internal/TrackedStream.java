package org.karma.connector.zip.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream handed out by a connection: counted while open, closed by the connection when it
 * closes (reading then fails), optionally limited to a number of bytes (range reads).
 */
final class TrackedStream extends FilterInputStream {

	private final Runnable onClose;
	private final AtomicBoolean closed = new AtomicBoolean();
	private long remaining;

	/**
	 * @param limit   bytes to deliver at most, -1 for all
	 * @param onClose run once, when the stream is closed by either side
	 */
	TrackedStream(InputStream in, long limit, Runnable onClose) {
		super(in);
		this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
		this.onClose = onClose;
	}

	private void ensureOpen() throws IOException {
		if (closed.get()) {
			throw new IOException("stream closed");
		}
	}

	@Override
	public int read() throws IOException {
		ensureOpen();
		if (remaining <= 0) {
			return -1;
		}
		int b = super.read();
		if (b >= 0) {
			remaining--;
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		ensureOpen();
		if (len == 0) {
			return 0;
		}
		if (remaining <= 0) {
			return -1;
		}
		int n = super.read(b, off, (int) Math.min(len, remaining));
		if (n > 0) {
			remaining -= n;
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		ensureOpen();
		long s = super.skip(Math.min(n, remaining));
		if (s > 0) {
			remaining -= s;
		}
		return s;
	}

	@Override
	public int available() throws IOException {
		ensureOpen();
		return (int) Math.min(super.available(), remaining);
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public synchronized void mark(int readlimit) {
		// not supported
	}

	@Override
	public synchronized void reset() throws IOException {
		throw new IOException("mark/reset not supported");
	}

	@Override
	public void close() throws IOException {
		if (closed.compareAndSet(false, true)) {
			try {
				super.close();
			} finally {
				onClose.run();
			}
		}
	}

	boolean isClosed() {
		return closed.get();
	}
}
