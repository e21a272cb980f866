package org.karma.connector.ftp.internal;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;

import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/** One logged-in control connection (commons-net clients are not thread-safe: one user at a time). */
final class Session {

	/** How sessions are made. */
	record Settings(FtpLocation location, Tls tls, boolean passive, String encoding, String password,
			TrustManager trust, Duration timeout) {
	}

	/** TLS mode. */
	enum Tls {
		NONE, EXPLICIT, IMPLICIT
	}

	/** What the server said it supports (FEAT). */
	record Features(boolean mlst, boolean mdtm, boolean mfmt, boolean utf8, boolean rest) {
	}

	final FTPClient client;
	final Clients.DataOpener opener;
	final Features features;
	volatile long lastUsedNanos = System.nanoTime();

	private Session(FTPClient client, Features features) {
		this.client = client;
		this.opener = (Clients.DataOpener) client;
		this.features = features;
	}

	static Session open(Settings s) throws ConnectorException {
		FtpLocation where = s.location();
		FTPClient client;
		if (s.tls() == Tls.NONE) {
			client = new Clients.Plain();
		} else {
			try {
				SSLContext context = SSLContext.getInstance("TLS");
				context.init(null, new TrustManager[] { s.trust() }, null);
				client = new Clients.Secure(s.tls() == Tls.IMPLICIT, context);
			} catch (GeneralSecurityException e) {
				throw new ConnectorException(Reason.FATAL, RelPath.ROOT, "TLS is not available: " + e.getMessage(), e);
			}
		}
		int defaultPort = s.tls() == Tls.IMPLICIT ? 990 : 21;
		String server = where.hostAndPort(defaultPort);
		client.setControlEncoding(s.encoding());
		client.setConnectTimeout((int) s.timeout().toMillis());
		client.setDefaultTimeout((int) s.timeout().toMillis());
		client.setDataTimeout(s.timeout());
		client.setControlKeepAliveReplyTimeout(s.timeout());
		try {
			client.connect(where.host(), where.port() < 0 ? defaultPort : where.port());
			client.setSoTimeout((int) s.timeout().toMillis());
			client.setTcpNoDelay(true); // commands are small: never wait for Nagle
			if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
				String reply = client.getReplyString();
				disconnect(client);
				throw Replies.of("the server " + server + " refused the connection", client.getReplyCode(), reply, RelPath.ROOT);
			}
			if (client instanceof FTPSClient secure) {
				secure.execPBSZ(0);
				secure.execPROT("P");
			}
			String user = where.user() == null ? "anonymous" : where.user();
			String password = where.user() == null ? "karma@" : s.password();
			if (password == null) {
				disconnect(client);
				throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT, "no password for " + user + "@" + server
						+ ": store one with `karma credentials set URI` or pass --password-env");
			}
			if (!client.login(user, password)) {
				String reply = client.getReplyString();
				int code = client.getReplyCode();
				disconnect(client);
				throw new ConnectorException(code == 530 || code / 100 == 5 ? Reason.AUTHENTICATION : Replies.reasonOf(code, reply),
						RelPath.ROOT, "login as " + user + " at " + server + " failed: the server said " + Replies.oneLine(reply));
			}
			Features features = features(client);
			if (features.utf8() && s.encoding().equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
				client.sendCommand("OPTS", "UTF8 ON"); // some servers need it, the rest ignore it
			}
			if (!client.setFileType(FTP.BINARY_FILE_TYPE)) {
				String reply = client.getReplyString();
				disconnect(client);
				throw Replies.of("binary mode refused by " + server, client.getReplyCode(), reply, RelPath.ROOT);
			}
			if (s.passive()) {
				client.enterLocalPassiveMode();
			} else {
				client.enterLocalActiveMode();
			}
			return new Session(client, features);
		} catch (SSLException e) {
			disconnect(client);
			CertificateTrust.Refused refused = refusal(e);
			if (refused != null) {
				throw new ConnectorException(Reason.FATAL, RelPath.ROOT, refused.getMessage(), e);
			}
			throw new ConnectorException(Reason.FATAL, RelPath.ROOT, "TLS with " + server + " failed: " + e.getMessage(), e);
		} catch (IOException e) {
			disconnect(client);
			CertificateTrust.Refused refused = refusal(e);
			if (refused != null) {
				throw new ConnectorException(Reason.FATAL, RelPath.ROOT, refused.getMessage(), e);
			}
			throw Replies.io("cannot connect to " + server, e, RelPath.ROOT);
		}
	}

	private static CertificateTrust.Refused refusal(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof CertificateTrust.Refused r) {
				return r;
			}
		}
		return null;
	}

	private static Features features(FTPClient client) throws IOException {
		if (!client.features()) {
			return new Features(false, false, false, false, false);
		}
		String[] lines = client.getReplyStrings();
		boolean mlst = false, mdtm = false, mfmt = false, utf8 = false, rest = false;
		for (String line : lines) {
			String f = line.trim().toUpperCase(java.util.Locale.ROOT);
			mlst |= f.startsWith("MLST");
			mdtm |= f.startsWith("MDTM");
			mfmt |= f.startsWith("MFMT");
			utf8 |= f.startsWith("UTF8");
			rest |= f.startsWith("REST STREAM");
		}
		return new Features(mlst, mdtm, mfmt, utf8, rest);
	}

	/** Opens a data connection for a command; null when the server refused (reply on the client). */
	Socket openData(String command, String argument) throws IOException {
		return opener.openData(command, argument);
	}

	boolean noop() {
		try {
			return client.sendNoOp();
		} catch (IOException e) {
			return false;
		}
	}

	void close() {
		try {
			if (client.isConnected()) {
				client.logout();
			}
		} catch (IOException e) {
			// leaving anyway
		}
		disconnect(client);
	}

	private static void disconnect(FTPClient client) {
		try {
			client.disconnect();
		} catch (IOException e) {
			// nothing to keep
		}
	}
}
