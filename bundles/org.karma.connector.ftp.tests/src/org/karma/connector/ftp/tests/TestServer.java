package org.karma.connector.ftp.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.karma.connector.api.ConnectionSpec;

/**
 * One Apache MINA FtpServer for all tests of the bundle, on loopback, with three listeners:
 * plain FTP, explicit FTPS (AUTH TLS) and implicit FTPS, each on a free port. Its TLS key is
 * generated at start with the JDK's keytool. Users: {@code ann} (read and write, home = the
 * data folder) and {@code reader} (read only, same home).
 */
final class TestServer {

	static final String PASSWORD = "ann-secret";
	static final String READER_PASSWORD = "reader-secret";
	/** A user for whom the server plays an old server: FEAT without MLST and MFMT, MLST/MLSD refused. */
	static final String LEGACY_PASSWORD = "legacy-secret";

	private static TestServer instance;
	private static final AtomicInteger ROOTS = new AtomicInteger();

	final Path base;
	final Path home;
	final Path keystore;
	final int plainPort;
	final int explicitPort;
	final int implicitPort;
	private final FtpServer server;

	static synchronized TestServer get() throws Exception {
		if (instance == null) {
			instance = new TestServer();
			TestServer started = instance;
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
		}
		return instance;
	}

	private TestServer() throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		base = Files.createTempDirectory("karma-ftp-server");
		home = Files.createDirectories(base.resolve("home"));
		keystore = generateKeystore(base.resolve("server.p12"), "CN=127.0.0.1");
		Path users = base.resolve("users.properties");
		Files.writeString(users, user("ann", PASSWORD, true) + user("reader", READER_PASSWORD, false)
				+ user("legacy", LEGACY_PASSWORD, true),
				StandardCharsets.UTF_8);
		PropertiesUserManagerFactory userManager = new PropertiesUserManagerFactory();
		userManager.setFile(users.toFile());
		userManager.setPasswordEncryptor(new ClearTextPasswordEncryptor());

		FtpServerFactory factory = new FtpServerFactory();
		factory.setUserManager(userManager.createUserManager());
		ConnectionConfigFactory connections = new ConnectionConfigFactory();
		connections.setMaxLogins(500);
		connections.setMaxThreads(0);
		connections.setAnonymousLoginEnabled(false);
		connections.setLoginFailureDelay(20);
		factory.setConnectionConfig(connections.createConnectionConfig());
		factory.setFtplets(new java.util.HashMap<>(Map.of("legacy", new LegacyServer()))); // stop() clears it
		factory.addListener("default", listener(null, false));
		factory.addListener("explicit", listener(ssl(keystore), false));
		factory.addListener("implicit", listener(ssl(keystore), true));
		server = factory.createServer();
		server.start();
		Map<String, Listener> listeners = factory.getListeners();
		for (Listener listener : listeners.values()) {
			noDelay(listener);
		}
		plainPort = listeners.get("default").getPort();
		explicitPort = listeners.get("explicit").getPort();
		implicitPort = listeners.get("implicit").getPort();
	}

	private static Listener listener(SslConfiguration ssl, boolean implicit) {
		ListenerFactory listener = new ListenerFactory();
		listener.setServerAddress("127.0.0.1");
		listener.setPort(0);
		listener.setIdleTimeout(60);
		if (ssl != null) {
			listener.setSslConfiguration(ssl);
			listener.setImplicitSsl(implicit);
		}
		return listener.createListener();
	}

	/**
	 * Sets TCP_NODELAY on the listener's control connections. FtpServer leaves Nagle on: its "226"
	 * after a transfer then waits for the client's delayed ACK of "150" (40 ms per file, 2,000 files
	 * of the listing test: 90 s instead of 8). The acceptor is not exposed, hence reflection.
	 */
	private static void noDelay(Listener listener) throws ReflectiveOperationException {
		java.lang.reflect.Field field = listener.getClass().getDeclaredField("acceptor");
		field.setAccessible(true);
		Object acceptor = field.get(listener);
		Object config = acceptor.getClass().getMethod("getSessionConfig").invoke(acceptor);
		config.getClass().getMethod("setTcpNoDelay", boolean.class).invoke(config, true);
	}

	static SslConfiguration ssl(Path keystore) {
		SslConfigurationFactory ssl = new SslConfigurationFactory();
		ssl.setKeystoreFile(keystore.toFile());
		ssl.setKeystorePassword("changeit");
		ssl.setKeystoreType("PKCS12");
		return new NoDelaySsl(ssl.createSslConfiguration());
	}

	private String user(String name, String password, boolean write) {
		String p = "ftpserver.user." + name + ".";
		return p + "userpassword=" + password + "\n" + p + "homedirectory=" + home + "\n" + p + "enableflag=true\n" + p
				+ "writepermission=" + write + "\n" + p + "maxloginnumber=0\n" + p + "maxloginperip=0\n" + p + "idletime=0\n"
				+ p + "uploadrate=0\n" + p + "downloadrate=0\n";
	}

	/** A PKCS12 key store with one self-signed RSA key, made by the JDK's keytool. */
	static Path generateKeystore(Path file, String dname) throws IOException, InterruptedException {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize",
				"2048", "-validity", "3", "-dname", dname, "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass",
				"changeit", "-keypass", "changeit", "-noprompt").redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException("keytool failed: " + out);
		}
		return file;
	}

	/** A fresh, empty folder in the users' home, and its path on the server. */
	Path newRoot() throws IOException {
		return Files.createDirectories(home.resolve("t" + ROOTS.incrementAndGet()));
	}

	String url(String scheme, String user, int port, Path folder) {
		return scheme + "://" + user + "@127.0.0.1:" + port + "/" + home.relativize(folder).toString().replace('\\', '/');
	}

	static ConnectionSpec spec(String location, Map<String, String> options, String password) {
		return new ConnectionSpec(location, options,
				key -> key.equals("password") && password != null ? java.util.Optional.of(password.toCharArray())
						: java.util.Optional.empty());
	}

	/** Names the connector uses for its own files, left anywhere below {@code folder}. */
	static List<String> leftovers(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			return all.map(p -> p.getFileName().toString())
					.filter(n -> n.contains(".karma-tmp-") || n.endsWith(".karma-lock")).toList();
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	private void stop() {
		server.stop();
		try {
			deleteTree(base);
		} catch (IOException e) {
			// temporary files only
		}
	}
}
