package org.karma.connector.ftp.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.net.ssl.TrustManager;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;

/**
 * FTP and FTPS (schemes {@code ftp}, {@code ftps}) on Apache Commons Net. Registered as a
 * declarative services component ({@code OSGI-INF/org.karma.connector.ftp.xml}). See
 * {@code docs/connectors/ftp.md}.
 */
public final class FtpConnectorFactory implements ConnectorFactory {

	public static final ConnectorOption TLS = ConnectorOption.choice("tls", null,
			"TLS: none, explicit (AUTH TLS, the default of ftps://) or implicit (TLS from the first byte, port 990).", "none",
			"explicit", "implicit");
	public static final ConnectorOption PASSIVE = ConnectorOption.bool("passive", "true",
			"Passive mode (the client opens the data connections); false for active mode.");
	public static final ConnectorOption ENCODING = ConnectorOption.string("encoding", "UTF-8",
			"Character set of file names on the server.");
	public static final ConnectorOption CA_FILE = ConnectorOption.string("ca_file", null,
			"FTPS: trust server certificates issued by the CA certificates in this file (PEM) instead of trust on first use.");
	public static final ConnectorOption TRUST_ON_FIRST_USE = ConnectorOption.bool("trust_on_first_use", "true",
			"FTPS: remember an unknown server certificate the first time (in $KARMA_HOME/state/known-certs); false refuses it.");
	public static final ConnectorOption CONCURRENCY = ConnectorOption.integer("concurrency", "4",
			"How many sessions (control connections) KARMA opens to the server at most.");
	public static final ConnectorOption POLL_INTERVAL = ConnectorOption.string("poll_interval", "60s",
			"How often a watched folder is listed to find changes (FTP has no notifications): 60s, 2m, 500ms; a number alone is seconds.");
	public static final ConnectorOption PASSWORD = ConnectorOption.secret("password", "The password of the user in the URI.");

	private final Path knownCerts;
	private final Duration timeout;

	/** The service: known certificates under $KARMA_HOME/state. */
	public FtpConnectorFactory() {
		this(defaultKnownCerts(), Duration.ofSeconds(30));
	}

	/** For tests: another known-certificates file and timeout. */
	public FtpConnectorFactory(Path knownCerts, Duration timeout) {
		this.knownCerts = knownCerts;
		this.timeout = timeout;
	}

	static Path defaultKnownCerts() {
		return org.karma.connector.api.StateFiles.folder("known-certs");
	}

	@Override
	public Set<String> schemes() {
		return Set.of("ftp", "ftps");
	}

	@Override
	public String displayName() {
		return "FTP / FTPS server";
	}

	@Override
	public List<ConnectorOption> options() {
		return List.of(TLS, PASSIVE, ENCODING, CA_FILE, TRUST_ON_FIRST_USE, CONCURRENCY, POLL_INTERVAL, PASSWORD);
	}

	/**
	 * One key per account: {@code ftp://ann@host:2121} for every folder of that login (the port
	 * always written, 21 when the URI has none).
	 */
	@Override
	public String credentialKey(String location) throws ConnectorException {
		FtpLocation parsed = FtpLocation.parse(location);
		return (parsed.secure() ? "ftps" : "ftp") + "://" + (parsed.user() == null ? "" : parsed.user() + "@")
				+ parsed.hostAndPort(21);
	}

	@Override
	public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, RelPath.ROOT);
		FtpLocation location = FtpLocation.parse(spec.location());
		Session.Tls tls = tls(spec, location);
		boolean passive = spec.bool(PASSIVE);
		String encodingName = spec.option(ENCODING);
		Charset encoding;
		try {
			encoding = Charset.forName(encodingName);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw fatal("option encoding: unknown character set '" + encodingName + "'");
		}
		int concurrency = spec.positiveInt(CONCURRENCY);
		Duration pollInterval = pollInterval(spec);
		TrustManager trust = null;
		if (tls != Session.Tls.NONE) {
			String ca = spec.option(CA_FILE);
			String hostAndPort = location.hostAndPort(tls == Session.Tls.IMPLICIT ? 990 : 21);
			if (ca != null && !ca.isBlank()) {
				try {
					trust = CertificateTrust.caBundle(Path.of(ca));
				} catch (IOException | GeneralSecurityException | RuntimeException e) {
					throw fatal("option ca_file: cannot read CA certificates from '" + ca + "': " + e.getMessage());
				}
			} else {
				trust = CertificateTrust.onFirstUse(knownCerts, hostAndPort, spec.bool(TRUST_ON_FIRST_USE));
			}
		}
		String password = spec.secrets().get(PASSWORD.key()).map(String::new).orElse(null);
		Session.Settings settings = new Session.Settings(location, tls, passive, encoding.name(), password, trust, timeout);
		Session first = Session.open(settings);
		boolean ok = false;
		try {
			String root = location.path();
			if (root == null) {
				root = first.client.printWorkingDirectory();
				if (root == null || !root.startsWith("/")) {
					throw fatal("the server did not tell its login folder (PWD): give the folder in the URI");
				}
			}
			checkRoot(first, root, location);
			SessionPool pool = new SessionPool(settings, concurrency, first);
			FtpConnection connection = new FtpConnection(pool, root, encoding, first.features, concurrency, pollInterval,
					location.host());
			ok = true;
			return connection;
		} catch (IOException e) {
			throw Replies.io("connecting to " + location.host(), e, RelPath.ROOT);
		} finally {
			if (!ok) {
				first.close();
			}
		}
	}

	/** Checks that the root is a folder (MLST, or CWD without MLST). */
	private static void checkRoot(Session s, String root, FtpLocation location)
			throws IOException, ConnectorException {
		if (s.features.mlst()) {
			int code = s.client.sendCommand("MLST", root);
			if (code == 550 || code == 501) {
				throw new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT, "folder '" + root + "' does not exist on "
						+ location.host() + ": the server said " + Replies.oneLine(s.client.getReplyString()));
			}
			RemoteFile f = ListParser.mlstEntry(s.client.getReplyStrings());
			if (f == null) {
				throw new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT, "folder '" + root + "' does not exist on "
						+ location.host() + ": the server said " + Replies.oneLine(s.client.getReplyString()));
			}
			if (f.kind() != EntryKind.DIRECTORY) {
				throw new ConnectorException(Reason.WRONG_KIND, RelPath.ROOT, "'" + root + "' is not a folder");
			}
			return;
		}
		if (!s.client.changeWorkingDirectory(root)) {
			throw new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT, "folder '" + root + "' cannot be opened on "
					+ location.host() + ": the server said " + Replies.oneLine(s.client.getReplyString()));
		}
	}

	private static Session.Tls tls(ConnectionSpec spec, FtpLocation location) throws ConnectorException {
		String value = spec.option(TLS);
		if (value == null || value.isBlank()) {
			return location.secure() ? Session.Tls.EXPLICIT : Session.Tls.NONE;
		}
		Session.Tls tls = switch (value.trim().toLowerCase(Locale.ROOT)) {
		case "none" -> Session.Tls.NONE;
		case "explicit" -> Session.Tls.EXPLICIT;
		case "implicit" -> Session.Tls.IMPLICIT;
		default -> throw fatal("option tls must be none, explicit or implicit, not '" + value + "'");
		};
		if (location.secure() && tls == Session.Tls.NONE) {
			throw fatal("ftps:// always uses TLS: tls=none contradicts it (use ftp:// for plain FTP)");
		}
		return tls;
	}



	/** The poll interval: a number with {@code ms}, {@code s} or {@code m} (seconds without a unit), more than 0. */
	static Duration pollInterval(ConnectionSpec spec) throws ConnectorException {
		return spec.positiveDuration(POLL_INTERVAL);
	}

	private static ConnectorException fatal(String message) {
		return new ConnectorException(Reason.FATAL, RelPath.ROOT, message);
	}
}
