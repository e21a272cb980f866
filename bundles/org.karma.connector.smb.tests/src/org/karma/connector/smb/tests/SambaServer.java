package org.karma.connector.smb.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.TempNames;

/**
 * The real Samba server of the tests: {@code releng/scripts/samba-test-server} starts smbd on a
 * free loopback port with all its state in a temporary folder, once per test run (stopped at JVM
 * exit). Needs root and the Debian package samba: without them the tests are skipped locally and
 * FAIL in CI ({@code CI=true}).
 */
final class SambaServer {

	static final String USER = "nobody";
	static final String PASSWORD = "karma-smb-test-" + TempNames.randomHex();

	private static SambaServer instance;

	final Path base;
	final int port;
	private final Path script;

	private SambaServer(Path script, Path base, int port) {
		this.script = script;
		this.base = base;
		this.port = port;
	}

	/** The running server; skips (or fails in CI) when Samba cannot run here. */
	static synchronized SambaServer get() throws Exception {
		if (instance == null) {
			Path script = findScript();
			String why = null;
			if (!Files.isExecutable(Path.of("/usr/sbin/smbd"))) {
				why = "smbd is not installed (Debian package samba; .ci/install-deps installs it)";
			} else if (!"0".equals(run(List.of("id", "-u")).trim())) {
				why = "the Samba tests need root (smbd switches to the share user)";
			}
			if (why != null) {
				if ("true".equalsIgnoreCase(System.getenv("CI"))) {
					fail("SMB tests cannot run in CI: " + why);
				}
				Assumptions.abort("SMB tests skipped: " + why);
			}
			Path base = Files.createTempDirectory("karma-smb");
			int port;
			try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				port = s.getLocalPort();
			}
			SambaServer server = new SambaServer(script, base, port);
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.stop();
					deleteTree(base);
				} catch (Exception e) {
					// the JVM is ending
				}
			}));
			instance = server;
		}
		return instance;
	}

	private static Path findScript() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("releng/scripts/samba-test-server");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("releng/scripts/samba-test-server not found above " + Path.of("").toAbsolutePath());
	}

	/** Starts smbd (again, after {@link #stop()}) on the same port with the same shares. */
	void start() throws Exception {
		run(List.of(script.toString(), "start", base.toString(), Integer.toString(port), USER, PASSWORD));
	}

	/** Stops smbd: the server is down until {@link #start()}. */
	void stop() throws Exception {
		run(List.of(script.toString(), "stop", base.toString()));
	}

	InetSocketAddress address() {
		return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
	}

	Path share(String name) {
		return base.resolve("shares").resolve(name);
	}

	/** A fresh, empty folder in share {@code rw}, writable by the share user. */
	Path newFolder() throws IOException {
		Path folder = Files.createTempDirectory(share("rw"), "t");
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
		return folder;
	}

	/** {@code smb://nobody@127.0.0.1:PORT/rw/FOLDER} (or through another port, a proxy's). */
	String url(int port, String share, Path folder) {
		String inside = folder == null ? "" : "/" + share(share).relativize(folder).toString();
		return "smb://" + USER + "@127.0.0.1:" + port + "/" + share + inside;
	}

	static ConnectionSpec spec(String location, Map<String, String> options, String password) {
		return new ConnectionSpec(location, options,
				key -> key.equals("password") && password != null ? Optional.of(password.toCharArray()) : Optional.empty());
	}

	/** Names under a folder that are temporary files or lock folders of the connector. */
	static List<String> leftovers(Path folder) throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> all = Files.walk(folder)) {
			all.map(p -> p.getFileName().toString())
					.filter(n -> TempNames.isTemporary(n) || n.endsWith(".karma-lock"))
					.forEach(found::add);
		}
		return found;
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static String run(List<String> command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not end");
		}
		if (p.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + out);
		}
		return out;
	}
}
