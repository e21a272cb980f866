package org.karma.connector.sftp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.Attributes;
import org.apache.sshd.sftp.common.SftpException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.api.RelPath;

/**
 * SFTP (scheme {@code sftp}) on Apache MINA SSHD. Registered as a declarative services component
 * ({@code OSGI-INF/org.karma.connector.sftp.xml}). See {@code docs/connectors/sftp.md}.
 */
public final class SftpConnectorFactory implements ConnectorFactory {

	public static final ConnectorOption KNOWN_HOSTS = ConnectorOption.string("known_hosts", null,
			"The OpenSSH known_hosts file the server's host key is checked against (default ~/.ssh/known_hosts).");
	public static final ConnectorOption ACCEPT_NEW_HOST_KEY = ConnectorOption.bool("accept_new_host_key", "false",
			"Accept the key of a host not yet in known_hosts once and add it there (a changed key is always refused).");
	public static final ConnectorOption IDENTITY = ConnectorOption.string("identity", null,
			"A private key file (OpenSSH format, optionally encrypted with the secret 'passphrase'); default: the user's"
					+ " ~/.ssh/id_ed25519, id_ecdsa, id_rsa that exist.");
	public static final ConnectorOption CONCURRENCY = ConnectorOption.integer("concurrency", "4",
			"How many SFTP channels (parallel transfers) KARMA opens on its SSH session at most.");
	public static final ConnectorOption PASSWORD = ConnectorOption.secret("password", "The password of the user in the URI.");
	public static final ConnectorOption PASSPHRASE = ConnectorOption.secret("passphrase",
			"The passphrase of the private key file.");

	static {
		// MINA SSHD logs through slf4j; with the simple binding of the product its INFO lines ("no
		// configuration file at ~/.ssh/config" on every connect) would land on the command's stderr.
		// Errors only, unless the user configured the level.
		String sshdLevel = "org.slf4j.simpleLogger.log.org.apache.sshd";
		if (System.getProperty(sshdLevel) == null) {
			System.setProperty(sshdLevel, "error");
		}
	}

	/** The default key files, tried in this order when no identity is given. */
	static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

	private final Path sshDir;
	private final Duration timeout;
	private final int maxVersion;

	/** The service: keys and known_hosts under ~/.ssh. */
	public SftpConnectorFactory() {
		this(Path.of(System.getProperty("user.home"), ".ssh"), Duration.ofSeconds(30));
	}

	/** For tests: another ~/.ssh folder and timeout. */
	public SftpConnectorFactory(Path sshDir, Duration timeout) {
		this(sshDir, timeout, 6);
	}

	/** For tests: also the highest SFTP version to offer (3 plays OpenSSH's sftp-server). */
	public SftpConnectorFactory(Path sshDir, Duration timeout, int maxVersion) {
		this.sshDir = sshDir;
		this.timeout = timeout;
		this.maxVersion = maxVersion;
	}

	@Override
	public Set<String> schemes() {
		return Set.of("sftp");
	}

	@Override
	public String displayName() {
		return "SFTP server";
	}

	@Override
	public List<ConnectorOption> options() {
		return List.of(KNOWN_HOSTS, ACCEPT_NEW_HOST_KEY, IDENTITY, CONCURRENCY, PASSWORD, PASSPHRASE);
	}

	@Override
	public String credentialKey(String location) throws ConnectorException {
		return SftpLocation.parse(location).account();
	}

	@Override
	public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, RelPath.ROOT);
		SftpLocation location = SftpLocation.parse(spec.location());
		int concurrency = spec.positiveInt(CONCURRENCY);
		String knownHostsOption = spec.option(KNOWN_HOSTS);
		Path knownHosts = knownHostsOption == null || knownHostsOption.isBlank() ? sshDir.resolve("known_hosts")
				: expand(knownHostsOption);
		HostKeyCheck hostKeys = new HostKeyCheck(knownHosts, spec.bool(ACCEPT_NEW_HOST_KEY), location.hostAndPort());
		String password = spec.secrets().get(PASSWORD.key()).map(String::new).orElse(null);
		String passphrase = spec.secrets().get(PASSPHRASE.key()).map(String::new).orElse(null);
		List<KeyPair> keys = new ArrayList<>();
		List<String> keyNames = new ArrayList<>();
		String identity = spec.option(IDENTITY);
		if (identity != null && !identity.isBlank()) {
			Path file = expand(identity);
			keys.addAll(loadKeys(file, passphrase, true));
			keyNames.add(file.toString());
		} else {
			for (String name : DEFAULT_KEYS) {
				Path file = sshDir.resolve(name);
				if (Files.isRegularFile(file)) {
					List<KeyPair> loaded = loadKeys(file, passphrase, false);
					if (!loaded.isEmpty()) {
						keys.addAll(loaded);
						keyNames.add(file.toString());
					}
				}
			}
		}
		ChannelPool pool = new ChannelPool(new ChannelPool.Settings(location, password, keys, keyNames, hostKeys, timeout, maxVersion),
				concurrency);
		boolean ok = false;
		ChannelPool.Channel first = pool.borrow();
		try {
			SftpClient s = first.sftp();
			String root = location.path() != null ? location.path() : s.canonicalPath(".");
			checkRoot(s, root, location);
			boolean posixRename = s.getServerExtensions().containsKey("posix-rename@openssh.com");
			SftpConnection connection = new SftpConnection(pool, root, s.getVersion(), posixRename, concurrency);
			ok = true;
			return connection;
		} catch (IOException e) {
			throw Errors.io("opening '" + spec.location() + "'", e, RelPath.ROOT);
		} finally {
			pool.release(first, ok);
			if (!ok) {
				pool.close();
			}
		}
	}

	private static void checkRoot(SftpClient s, String root, SftpLocation location) throws IOException, ConnectorException {
		Attributes a;
		try {
			a = s.stat(root);
		} catch (SftpException e) {
			ConnectorException mapped = Errors.io("folder '" + root + "' on " + location.hostAndPort(), e, RelPath.ROOT);
			if (mapped.reason() == Reason.NOT_FOUND) {
				throw new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT, "folder '" + root + "' does not exist on "
						+ location.hostAndPort(), e);
			}
			throw mapped;
		}
		if (!a.isDirectory()) {
			throw new ConnectorException(Reason.WRONG_KIND, RelPath.ROOT, "'" + root + "' on " + location.hostAndPort()
					+ " is not a folder");
		}
	}

	/**
	 * The key pairs of a private key file. An explicit file that cannot be used is an
	 * AUTHENTICATION error; a default one (~/.ssh/id_*) is skipped.
	 */
	static List<KeyPair> loadKeys(Path file, String passphrase, boolean explicit) throws ConnectorException {
		if (explicit && !Files.isRegularFile(file)) {
			throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT, "option identity: key file " + file
					+ " does not exist");
		}
		List<KeyPair> keys = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			FilePasswordProvider password = passphrase == null ? FilePasswordProvider.EMPTY : FilePasswordProvider.of(passphrase);
			Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()), in,
					password);
			if (loaded != null) {
				loaded.forEach(keys::add);
			}
		} catch (IOException | GeneralSecurityException | RuntimeException e) {
			if (!explicit) {
				return List.of();
			}
			throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT, "cannot use key file " + file + ": "
					+ (passphrase == null ? "it cannot be read without a passphrase, or is not a private key"
							: "the stored passphrase is wrong, or it is not a private key")
					+ " (" + Errors.message(e) + ")", e);
		}
		if (keys.isEmpty() && explicit) {
			throw new ConnectorException(Reason.AUTHENTICATION, RelPath.ROOT, "key file " + file + " holds no private key"
					+ (passphrase == null ? " (is it encrypted? store its passphrase)" : ""));
		}
		return keys;
	}

	private static Path expand(String path) {
		if (path.equals("~") || path.startsWith("~/")) {
			return Path.of(System.getProperty("user.home") + path.substring(1));
		}
		return Path.of(path);
	}



	private static ConnectorException fatal(String message) {
		return new ConnectorException(Reason.FATAL, RelPath.ROOT, message);
	}
}
