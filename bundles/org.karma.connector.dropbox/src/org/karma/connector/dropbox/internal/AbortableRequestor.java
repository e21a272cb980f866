package org.karma.connector.dropbox.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;

import com.dropbox.core.http.HttpRequestor;

/**
 * The HTTP requestor of one change feed's long polls: delegates to the connection's requestor and
 * remembers the request under way, so that {@link #abort()} can end a long poll that blocks in a
 * socket read (a thread interrupt does not reach it). Once aborted, every further request fails
 * at once.
 */
final class AbortableRequestor extends HttpRequestor {

	private final HttpRequestor delegate;
	private Uploader current;
	private boolean aborted;

	AbortableRequestor(HttpRequestor delegate) {
		this.delegate = delegate;
	}

	/** Ends the request under way (its caller gets an IOException) and refuses new ones. */
	void abort() {
		Uploader running;
		synchronized (this) {
			aborted = true;
			running = current;
			current = null;
		}
		if (running != null) {
			quietly(running);
		}
	}

	private static void quietly(Uploader uploader) {
		try {
			uploader.abort();
		} catch (RuntimeException e) {
			// already closed: nothing to end
		}
	}

	private synchronized Uploader track(Uploader uploader) throws IOException {
		if (aborted) {
			quietly(uploader);
			throw new InterruptedIOException("the change feed is closed");
		}
		current = uploader;
		return new Uploader() {
			@Override
			public OutputStream getBody() {
				return uploader.getBody();
			}

			@Override
			public void close() {
				forget(uploader);
				uploader.close();
			}

			@Override
			public void abort() {
				forget(uploader);
				uploader.abort();
			}

			@Override
			public Response finish() throws IOException {
				try {
					return uploader.finish();
				} catch (IOException e) {
					synchronized (AbortableRequestor.this) {
						if (aborted) {
							throw new InterruptedIOException("the change feed is closed");
						}
					}
					throw e;
				}
			}
		};
	}

	private synchronized void forget(Uploader uploader) {
		if (current == uploader) {
			current = null;
		}
	}

	private synchronized void checkOpen() throws IOException {
		if (aborted) {
			throw new InterruptedIOException("the change feed is closed");
		}
	}

	@Override
	public Response doGet(String url, Iterable<Header> headers) throws IOException {
		checkOpen();
		return delegate.doGet(url, headers);
	}

	@Override
	public Uploader startPost(String url, Iterable<Header> headers) throws IOException {
		checkOpen();
		return track(delegate.startPost(url, headers));
	}

	@Override
	public Uploader startPostInStreamingMode(String url, Iterable<Header> headers) throws IOException {
		checkOpen();
		return track(delegate.startPostInStreamingMode(url, headers));
	}

	@Override
	public Uploader startPut(String url, Iterable<Header> headers) throws IOException {
		checkOpen();
		return track(delegate.startPut(url, headers));
	}
}
