package org.karma.connector.sftp.internal;

import java.io.IOException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.SftpVersionSelector;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * One SSH session to the server and up to {@code size} SFTP channels on it, reused. When the
 * session is lost (server restart, network), the next borrow opens a new one: callers see the
 * operation that was cut fail with TRANSIENT and the next one work.
 */
final class ChannelPool implements AutoCloseable {

	/** How to log in. */
	record Settings(SftpLocation location, String password, List<KeyPair> keys, List<String> keyNames, HostKeyCheck hostKeys,
			Duration timeout, int maxVersion) {
	}

	/** A borrowed channel and the session it belongs to. */
	record Channel(SftpClient sftp, ClientSession session) {
	}

	private final Settings settings;
	private final SftpVersionSelector versions;
	private final SshClient client;
	private final Semaphore permits;
	private final Deque<Channel> idle = new ArrayDeque<>();
	private final AtomicInteger inUse = new AtomicInteger();
	private ClientSession session; // guarded by this
	private volatile boolean closed;

	/** Starts the client and logs in once (so that a wrong password fails at connect). */
	ChannelPool(Settings settings, int size) throws ConnectorException {
		this.settings = settings;
		// the highest version both sides speak, at most settings.maxVersion()
		this.versions = (session, initial, current, available) -> available.stream().filter(v -> v <= settings.maxVersion())
				.mapToInt(Integer::intValue).max().orElse(current);
		this.permits = new Semaphore(size, true);
		client = SshClient.setUpDefaultClient();
		client.setServerKeyVerifier(settings.hostKeys());
		client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
		// keep-alive every 30 s; a server that answers none of 4 in a row is taken for gone (the
		// session closes, calls under way fail TRANSIENT) instead of hanging until TCP gives up
		CoreModuleProperties.HEARTBEAT_INTERVAL.set(client, Duration.ofSeconds(30));
		CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(client, 4);
		CoreModuleProperties.IDLE_TIMEOUT.set(client, Duration.ofMinutes(30));
		client.start();
		boolean ok = false;
		try {
			synchronized (this) {
				session = login();
			}
			ok = true;
		} finally {
			if (!ok) {
				client.stop();
			}
		}
	}

	private ClientSession login() throws ConnectorException {
		SftpLocation at = settings.location();
		settings.hostKeys().reset();
		ClientSession s;
		try {
			s = client.connect(at.user(), at.host(), at.port()).verify(settings.timeout()).getSession();
		} catch (IOException e) {
			throw Errors.unreachable(at.hostAndPort(), e);
		}
		boolean ok = false;
		try {
			if (settings.password() != null) {
				s.addPasswordIdentity(settings.password());
			}
			for (KeyPair key : settings.keys()) {
				s.addPublicKeyIdentity(key);
			}
			try {
				s.auth().verify(settings.timeout());
			} catch (IOException e) {
				String refusal = settings.hostKeys().refusal();
				if (refusal != null) {
					throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT, refusal, e);
				}
				if (e instanceof SshException ssh
						&& ssh.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE
						|| String.valueOf(e.getMessage()).contains("No more authentication methods")) {
					throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT, "the server " + at.hostAndPort()
							+ " refused the login of '" + at.user() + "' (tried: " + tried() + ")", e);
				}
				throw Errors.unreachable(at.hostAndPort(), e);
			}
			ok = true;
			return s;
		} finally {
			if (!ok) {
				s.close(true);
			}
		}
	}

	private String tried() {
		StringBuilder b = new StringBuilder();
		if (settings.password() != null) {
			b.append("the stored password");
		}
		for (String key : settings.keyNames()) {
			b.append(b.length() > 0 ? ", " : "").append("key ").append(key);
		}
		return b.length() == 0 ? "nothing: no password stored and no key file" : b.toString();
	}

	/** The current session, logged in again when it was lost. */
	private synchronized ClientSession session() throws ConnectorException {
		if (closed) {
			throw new ConnectorException(Reason.FATAL, null, "the connection is closed");
		}
		if (session == null || !session.isOpen() || session.isClosing()) {
			if (session != null) {
				session.close(true);
			}
			session = null;
			session = login();
		}
		return session;
	}

	Channel borrow() throws ConnectorException {
		if (closed) {
			throw new ConnectorException(Reason.FATAL, null, "the connection is closed");
		}
		try {
			permits.acquire();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Reason.CANCELLED, null, "interrupted while waiting for an SFTP channel");
		}
		inUse.incrementAndGet();
		try {
			while (true) {
				Channel c;
				synchronized (idle) {
					c = idle.poll();
				}
				if (c == null) {
					return open();
				}
				if (c.sftp().isOpen() && c.session().isOpen() && !c.session().isClosing()) {
					return c;
				}
				quietClose(c);
			}
		} catch (ConnectorException | RuntimeException e) {
			inUse.decrementAndGet();
			permits.release();
			throw e;
		}
	}

	private Channel open() throws ConnectorException {
		ClientSession s = session();
		try {
			return new Channel(SftpClientFactory.instance().createSftpClient(s, versions), s);
		} catch (IOException e) {
			throw Errors.io("opening an SFTP channel to " + settings.location().hostAndPort(), e, RelPath.ROOT);
		}
	}

	/** Returns a channel; a broken one ({@code healthy} false) is closed instead of kept. */
	void release(Channel c, boolean healthy) {
		if (healthy && !closed && c.sftp().isOpen()) {
			synchronized (idle) {
				idle.push(c);
			}
		} else {
			quietClose(c);
		}
		inUse.decrementAndGet();
		permits.release();
	}

	int inUse() {
		return inUse.get();
	}

	private static void quietClose(Channel c) {
		try {
			c.sftp().close();
		} catch (IOException | RuntimeException e) {
			// gone already
		}
	}

	@Override
	public void close() {
		closed = true;
		Channel[] channels;
		synchronized (idle) {
			channels = idle.toArray(Channel[]::new);
			idle.clear();
		}
		for (Channel c : channels) {
			quietClose(c);
		}
		synchronized (this) {
			if (session != null) {
				session.close(true);
				session = null;
			}
		}
		client.stop();
	}
}
