package org.karma.connector.sftp.internal;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Host key verification against an OpenSSH {@code known_hosts} file (hashed entries,
 * {@code [host]:port} forms and markers are sshd's {@link KnownHostsServerKeyVerifier}'s work). An
 * unknown host is refused unless {@code accept_new_host_key} is set, then its key is appended to
 * the file; a changed key is always refused. What was refused is kept for the error message.
 */
final class HostKeyCheck extends KnownHostsServerKeyVerifier {

	private final Path file;
	private final boolean acceptNew;
	private final String hostAndPort;
	private volatile String refusal;

	HostKeyCheck(Path file, boolean acceptNew, String hostAndPort) {
		// (not AcceptAllServerKeyVerifier: it logs a warning for a key that is accepted on purpose)
		super(acceptNew ? (session, address, key) -> true : RejectAllServerKeyVerifier.INSTANCE, file);
		this.file = file;
		this.acceptNew = acceptNew;
		this.hostAndPort = hostAndPort;
	}

	/** Forgets an earlier refusal (before a new login). */
	void reset() {
		refusal = null;
	}

	/** Why the last host key was refused, for users (one line), or null. */
	String refusal() {
		return refusal;
	}

	@Override
	protected boolean acceptUnknownHostKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
		String fingerprint = describe(serverKey);
		if (!acceptNew) {
			refusal = "the host key of " + hostAndPort + " is unknown (" + fingerprint + ", not in " + file
					+ "): compare the fingerprint with the server's (ssh-keygen -lf on its host key), then connect once with"
					+ " option accept_new_host_key=true to add it, or add it with OpenSSH's ssh";
			return false;
		}
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
		} catch (IOException e) {
			refusal = "cannot add the host key of " + hostAndPort + " (" + fingerprint + ") to " + file + ": " + e.getMessage();
			return false;
		}
		boolean accepted = super.acceptUnknownHostKey(session, remoteAddress, serverKey);
		if (!accepted) {
			refusal = "the host key of " + hostAndPort + " (" + fingerprint + ") was not accepted";
		}
		return accepted;
	}

	@Override
	public boolean acceptModifiedServerKey(ClientSession session, SocketAddress remoteAddress, KnownHostEntry entry,
			PublicKey expected, PublicKey actual) {
		refusal = "the host key of " + hostAndPort + " CHANGED: " + file + " has " + describe(expected) + ", the server shows "
				+ describe(actual) + ". This may be an attack (or the server was reinstalled): check with its administrator, then"
				+ " remove the old line from " + file + " (ssh-keygen -R) and connect again with accept_new_host_key=true";
		return false;
	}

	static String describe(PublicKey key) {
		return KeyUtils.getKeyType(key) + " key " + KeyUtils.getFingerPrint(key);
	}
}
