package org.karma.connector.smb.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.api.RelPath;

import jcifs.CIFSContext;
import jcifs.CIFSException;
import jcifs.config.PropertyConfiguration;
import jcifs.context.BaseContext;
import jcifs.smb.NtlmPasswordAuthenticator;

/**
 * SMB2/3 file shares (scheme {@code smb}) on jCIFS-ng: {@code smb://[user@]host[:port]/share[/folder]}.
 * Registered as a declarative services component ({@code OSGI-INF/org.karma.connector.smb.xml}).
 * See {@code docs/connectors/smb.md}.
 */
public final class SmbConnectorFactory implements ConnectorFactory {

	public static final ConnectorOption DOMAIN = ConnectorOption.string("domain", null,
			"NTLM domain (or workgroup) of the user; empty for a local account of the server.");
	public static final ConnectorOption CONCURRENCY = ConnectorOption.integer("concurrency", "4",
			"How many SMB requests KARMA has in flight at most (one session, multiplexed).");
	public static final ConnectorOption PASSWORD = ConnectorOption.secret("password", "The password of the user in the URI.");

	private final Duration timeout;

	/** The service. */
	public SmbConnectorFactory() {
		this(Duration.ofSeconds(30));
	}

	/** For tests: another response timeout. */
	public SmbConnectorFactory(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Set<String> schemes() {
		return Set.of("smb");
	}

	@Override
	public String displayName() {
		return "SMB share (SMB2/3)";
	}

	@Override
	public List<ConnectorOption> options() {
		return List.of(DOMAIN, CONCURRENCY, PASSWORD);
	}

	/** The account: {@code smb://user@host:port}; every share and folder of it shares one password. */
	@Override
	public String credentialKey(String location) throws ConnectorException {
		return SmbLocation.parse(location).account();
	}

	@Override
	public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, RelPath.ROOT);
		SmbLocation location = SmbLocation.parse(spec.location());
		int concurrency = spec.positiveInt(CONCURRENCY);
		String domain = spec.option(DOMAIN);
		char[] password = spec.secrets().get(PASSWORD.key()).orElse(null);
		if (location.user() != null && password == null) {
			throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT, "no password for " + location.account()
					+ ": store it with 'karma credentials set " + location.account() + "/" + location.share()
					+ "' (any folder of the account will do) or give --password-env");
		}
		CIFSContext context = context(location, domain, password, concurrency);
		boolean ok = false;
		try {
			SmbConnection connection = new SmbConnection(context, location, concurrency);
			connection.checkRoot();
			ok = true;
			return connection;
		} finally {
			if (!ok) {
				try {
					context.close();
				} catch (CIFSException e) {
					// failed anyway
				}
			}
		}
	}

	/** A jCIFS context of its own: SMB2.02 to SMB3.1.1 only, no NetBIOS, no DFS, the given credentials. */
	CIFSContext context(SmbLocation location, String domain, char[] password, int concurrency) throws ConnectorException {
		Properties p = new Properties();
		p.setProperty("jcifs.smb.client.minVersion", "SMB202");
		p.setProperty("jcifs.smb.client.maxVersion", "SMB311");
		p.setProperty("jcifs.smb.client.useSMB2Negotiation", "true");
		p.setProperty("jcifs.resolveOrder", "DNS");
		p.setProperty("jcifs.smb.client.dfs.disabled", "true");
		p.setProperty("jcifs.smb.client.disablePlainTextPasswords", "true");
		p.setProperty("jcifs.smb.client.responseTimeout", Long.toString(timeout.toMillis()));
		p.setProperty("jcifs.smb.client.soTimeout", Long.toString(timeout.toMillis() + 5000));
		p.setProperty("jcifs.smb.client.connTimeout", Long.toString(Math.min(timeout.toMillis(), 15_000)));
		p.setProperty("jcifs.smb.client.sessionTimeout", Long.toString(timeout.toMillis() + 5000));
		// one attempt per request: jCIFS would otherwise send a request again on a new connection when
		// the answer to it was lost, and a create, rename or delete that had been done then fails
		// (or, worse, acts on what another client made since). KARMA retries transient failures
		// itself, at the level that knows what is safe to repeat.
		p.setProperty("jcifs.smb.client.maxRequestRetries", "1");
		p.setProperty("jcifs.smb.client.maxMpxCount", Integer.toString(Math.max(10, concurrency * 2)));
		try {
			CIFSContext base = new BaseContext(new PropertyConfiguration(p));
			if (location.user() == null) {
				return base.withGuestCrendentials();
			}
			return base.withCredentials(new NtlmPasswordAuthenticator(domain == null || domain.isBlank() ? null : domain.trim(),
					location.user(), new String(password)));
		} catch (CIFSException e) {
			throw new ConnectorException(Reason.FATAL, RelPath.ROOT, "cannot set up the SMB client: " + e.getMessage(), e);
		}
	}


	/** For messages: an I/O failure while connecting. */
	static ConnectorException connecting(IOException e, SmbLocation location) {
		return Errors.of("connecting to " + location.hostAndPort() + "/" + location.share(), e, RelPath.ROOT, location);
	}

}
