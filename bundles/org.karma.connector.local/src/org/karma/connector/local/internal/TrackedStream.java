package org.karma.connector.local.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.function.Consumer;

/**
 * A file's content as handed to callers: reads up to a limit from a channel, tells its connection
 * when it is closed ({@link org.karma.connector.api.Capability.OpenResources}), and fails once the
 * connection has closed it.
 *
 * <p>The channel is always a plain file's (both ways of reading check the kind before opening).
 * A plain file gives fewer bytes than asked for only at its end, so after a short read the next
 * one answers the end without asking the system again: a small file is read with one system call
 * instead of two (200,000 files: 200,000 calls fewer). A file that grows after that short read is
 * seen as it was, exactly as if it had grown a moment after its last read.
 */
final class TrackedStream extends InputStream {

	private final SeekableByteChannel channel;
	private final Consumer<TrackedStream> onClose;
	private long remaining;
	private boolean atEnd; // a read gave fewer bytes than asked for: the end of the file
	private volatile boolean closed;
	private volatile boolean closedByConnection;

	/**
	 * @param limit bytes to deliver at most, or -1 for all
	 */
	TrackedStream(SeekableByteChannel channel, long limit, Consumer<TrackedStream> onClose) {
		this.channel = channel;
		this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
		this.onClose = onClose;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n <= 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		java.util.Objects.checkFromIndexSize(off, len, b.length);
		ensureOpen();
		if (len == 0) {
			return 0;
		}
		if (remaining <= 0 || atEnd) {
			return -1;
		}
		int want = (int) Math.min(len, remaining);
		try {
			int n = channel.read(ByteBuffer.wrap(b, off, want));
			if (n > 0) {
				remaining -= n;
			}
			atEnd = n < want;
			return n;
		} catch (ClosedChannelException e) {
			ensureOpen();
			throw e;
		}
	}

	@Override
	public long skip(long n) throws IOException {
		ensureOpen();
		if (n <= 0 || atEnd) {
			return 0;
		}
		long position = channel.position();
		long step = Math.min(Math.min(n, remaining), Math.max(0, channel.size() - position));
		channel.position(position + step);
		remaining -= step;
		return step;
	}

	@Override
	public int available() throws IOException {
		ensureOpen();
		if (atEnd) {
			return 0;
		}
		return (int) Math.min(Integer.MAX_VALUE, Math.min(remaining, Math.max(0, channel.size() - channel.position())));
	}

	private void ensureOpen() throws IOException {
		if (closedByConnection) {
			throw new IOException("connection closed");
		}
		if (closed) {
			throw new IOException("stream closed");
		}
	}

	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			channel.close();
		} finally {
			onClose.accept(this);
		}
	}

	/** Closes the stream because its connection closes; later reads fail with "connection closed". */
	void closeByConnection() {
		closedByConnection = true;
		try {
			close();
		} catch (IOException e) {
			// closing a read channel: nothing to lose
		}
	}
}
