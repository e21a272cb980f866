package org.karma.connector.sftp.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.karma.connector.api.ConnectionSpec;

/**
 * An Apache MINA SSHD server with the SFTP subsystem on loopback, its file system rooted at a
 * temporary folder ({@code /} on the server). Users: {@code ann} (password {@link #PASSWORD}, or
 * any public key registered with {@link #authorize}). Its host key is generated at start. Paths
 * can be made inaccessible ({@link #deny}) or full ({@link #fill}) through an
 * {@link SftpEventListener}, so that permission and disk-full errors are tested even as root.
 */
final class TestServer implements AutoCloseable {

	static final String PASSWORD = "ann-secret";

	private static TestServer shared;
	private static final AtomicInteger ROOTS = new AtomicInteger();

	final Path base;
	final Path home;
	private final Path hostKeyFile;
	private final SshServer server;
	private final Set<PublicKey> authorized = ConcurrentHashMap.newKeySet();
	private final Set<String> denied = ConcurrentHashMap.newKeySet();
	private final Set<String> full = ConcurrentHashMap.newKeySet();

	/** The server all tests of the bundle share (stopped at exit). */
	static synchronized TestServer get() throws IOException {
		if (shared == null) {
			shared = new TestServer(Files.createTempDirectory("karma-sftp-server"), 0);
			TestServer started = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(started::close));
		}
		return shared;
	}

	/** A server on its own (host key in {@code base}, kept across restarts on the same base); port 0: any free port. */
	TestServer(Path base, int port) throws IOException {
		this(base, port, null);
	}

	/**
	 * A server on its own whose only host key is read from {@code hostKey} (an OpenSSH private key
	 * file, e.g. written by {@code ssh-keygen -t ed25519}); null: an RSA key generated at start.
	 */
	TestServer(Path base, int port, Path hostKey) throws IOException {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		this.base = base;
		home = Files.createDirectories(base.resolve("home"));
		hostKeyFile = base.resolve("host-key.ser");
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(port);
		if (hostKey != null) {
			server.setKeyPairProvider(new FileKeyPairProvider(hostKey));
		} else {
			SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
			hostKeys.setAlgorithm(KeyUtils.RSA_ALGORITHM);
			hostKeys.setKeySize(2048);
			server.setKeyPairProvider(hostKeys);
		}
		server.setPasswordAuthenticator((user, password, session) -> user.equals("ann") && password.equals(PASSWORD));
		server.setPublickeyAuthenticator((user, key, session) -> user.equals("ann")
				&& authorized.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
		server.setFileSystemFactory(new VirtualFileSystemFactory(home));
		SftpSubsystemFactory sftp = new SftpSubsystemFactory();
		sftp.addSftpEventListener(new Faults());
		server.setSubsystemFactories(List.of(sftp));
		server.start();
	}

	int port() {
		return server.getPort();
	}

	/** The host's public key as a known_hosts line for {@code [127.0.0.1]:port}. */
	String knownHostsLine(int port) throws Exception {
		return "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(hostKey()) + "\n";
	}

	PublicKey hostKey() throws Exception {
		KeyPair pair = server.getKeyPairProvider().loadKeys(null).iterator().next();
		return pair.getPublic();
	}

	void authorize(PublicKey key) {
		authorized.add(key);
	}

	/** Every operation on this server path and below fails with permission denied. */
	void deny(Path path) {
		denied.add(virtual(path));
	}

	/** Writes to files in this server path and below fail with "no space left". */
	void fill(Path path) {
		full.add(virtual(path));
	}

	void clearFaults() {
		denied.clear();
		full.clear();
	}

	/** A local path below the home as the server's (rooted) file system names it: {@code /t1/a}. */
	private String virtual(Path local) {
		return "/" + home.relativize(local.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	private static boolean under(Set<String> set, Path path) {
		if (set.isEmpty() || path == null) {
			return false;
		}
		String p = path.toAbsolutePath().normalize().toString();
		for (String d : set) {
			if (p.startsWith(d + "/") || p.equals(d)) {
				return true;
			}
		}
		return false;
	}

	private final class Faults implements SftpEventListener {
		private void check(Path path) throws IOException {
			if (under(denied, path)) {
				throw new AccessDeniedException(path.toString());
			}
		}

		@Override
		public void opening(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
			check(localHandle.getFile());
		}

		@Override
		public void creating(ServerSession session, Path path, Map<String, ?> attrs) throws IOException {
			check(path);
		}

		@Override
		public void moving(ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts) throws IOException {
			check(srcPath);
			check(dstPath);
		}

		@Override
		public void removing(ServerSession session, Path path, boolean isDirectory) throws IOException {
			check(path);
		}

		@Override
		public void modifyingAttributes(ServerSession session, Path path, Map<String, ?> attrs) throws IOException {
			check(path);
		}

		@Override
		public void writing(ServerSession session, String remoteHandle, FileHandle localHandle, long offset, byte[] data,
				int dataOffset, int dataLen) throws IOException {
			check(localHandle.getFile());
			if (under(full, localHandle.getFile())) {
				throw new SftpException(SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM, "No space left on device");
			}
		}
	}

	/** A fresh, empty folder in the home, and its path on the server. */
	Path newRoot() throws IOException {
		return Files.createDirectories(home.resolve("t" + ROOTS.incrementAndGet()));
	}

	/** The location of a folder below the home. */
	String url(Path folder) {
		return url(port(), folder);
	}

	String url(int port, Path folder) {
		return "sftp://ann@127.0.0.1:" + port + "/" + home.relativize(folder).toString().replace('\\', '/');
	}

	static ConnectionSpec spec(String location, Map<String, String> options, Map<String, String> secrets) {
		return new ConnectionSpec(location, options, key -> Optional.ofNullable(secrets.get(key)).map(String::toCharArray));
	}

	static ConnectionSpec spec(String location) {
		return spec(location, Map.of(), Map.of("password", PASSWORD));
	}

	/** An ~/.ssh folder for the client that knows this server's host key. */
	Path sshDir() throws Exception {
		Path dir = Files.createTempDirectory(base, "ssh");
		Files.writeString(dir.resolve("known_hosts"), knownHostsLine(port()), StandardCharsets.UTF_8);
		return dir;
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

	/** Stops the server (keeps its files and host key). */
	void stop() {
		try {
			server.stop(true);
		} catch (IOException e) {
			// stopping anyway
		}
	}

	@Override
	public void close() {
		stop();
		try {
			deleteTree(base);
		} catch (IOException e) {
			// temporary files only
		}
	}
}
