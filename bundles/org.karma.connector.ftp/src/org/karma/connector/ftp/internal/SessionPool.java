package org.karma.connector.ftp.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;

/**
 * At most {@code size} logged-in sessions, reused. Idle sessions get a NOOP every
 * {@link #KEEP_ALIVE_SECONDS} seconds so that the server does not drop them, and a session idle
 * for longer than that is checked with a NOOP before it is handed out again.
 */
final class SessionPool {

	static final long KEEP_ALIVE_SECONDS = 30;

	private final Session.Settings settings;
	private final Semaphore permits;
	private final Deque<Session> idle = new ArrayDeque<>();
	private final AtomicInteger inUse = new AtomicInteger();
	private final ScheduledExecutorService keepAlive;
	private volatile boolean closed;

	SessionPool(Session.Settings settings, int size, Session first) {
		this.settings = settings;
		this.permits = new Semaphore(size, true);
		idle.push(first);
		keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "karma-ftp-keepalive " + settings.location().host());
			t.setDaemon(true);
			return t;
		});
		keepAlive.scheduleWithFixedDelay(this::pingIdle, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
	}

	Session borrow() throws ConnectorException {
		if (closed) {
			throw new ConnectorException(Reason.FATAL, null, "the connection is closed");
		}
		try {
			permits.acquire();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Reason.CANCELLED, null, "interrupted while waiting for an FTP session");
		}
		inUse.incrementAndGet();
		try {
			while (true) {
				Session session;
				synchronized (idle) {
					session = idle.poll();
				}
				if (session == null) {
					return Session.open(settings);
				}
				long idleNanos = System.nanoTime() - session.lastUsedNanos;
				if (idleNanos < TimeUnit.SECONDS.toNanos(KEEP_ALIVE_SECONDS) || session.noop()) {
					return session;
				}
				session.close();
			}
		} catch (ConnectorException | RuntimeException e) {
			inUse.decrementAndGet();
			permits.release();
			throw e;
		}
	}

	/** Returns a session; a broken one ({@code healthy} false) is closed instead of kept. */
	void release(Session session, boolean healthy) {
		session.lastUsedNanos = System.nanoTime();
		if (healthy && !closed && session.client.isConnected()) {
			synchronized (idle) {
				idle.push(session);
			}
		} else {
			session.close();
		}
		inUse.decrementAndGet();
		permits.release();
	}

	int inUse() {
		return inUse.get();
	}

	private void pingIdle() {
		Session[] sessions;
		synchronized (idle) {
			sessions = idle.toArray(Session[]::new);
			idle.clear();
		}
		for (Session s : sessions) {
			if (System.nanoTime() - s.lastUsedNanos < TimeUnit.SECONDS.toNanos(KEEP_ALIVE_SECONDS) || s.noop()) {
				s.lastUsedNanos = System.nanoTime();
				synchronized (idle) {
					if (!closed) {
						idle.push(s);
						continue;
					}
				}
			}
			s.close();
		}
	}

	void close() {
		closed = true;
		keepAlive.shutdownNow();
		Session[] sessions;
		synchronized (idle) {
			sessions = idle.toArray(Session[]::new);
			idle.clear();
		}
		for (Session s : sessions) {
			s.close();
		}
	}
}
