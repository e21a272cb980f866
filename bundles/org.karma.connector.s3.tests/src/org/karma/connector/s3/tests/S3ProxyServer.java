package org.karma.connector.s3.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * S3Proxy (a real S3 server on Apache jclouds) as a child JVM on loopback, from the
 * jar-with-dependencies that Maven copied to {@code target/s3proxy/s3proxy.jar} (system property
 * {@code karma.s3proxy.jar}). Objects live in the filesystem blobstore under a temporary folder.
 */
final class S3ProxyServer implements AutoCloseable {

	static final String IDENTITY = "karma-test-key";
	static final String CREDENTIAL = "karma-test-secret";

	private final Process process;
	private final Path work;
	final int port;

	private S3ProxyServer(Process process, Path work, int port) {
		this.process = process;
		this.work = work;
		this.port = port;
	}

	String endpoint() {
		return "http://127.0.0.1:" + port;
	}

	static S3ProxyServer start() throws IOException, InterruptedException {
		String jar = System.getProperty("karma.s3proxy.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("S3Proxy jar not found (system property karma.s3proxy.jar: " + jar
					+ "); the tests bundle's pom copies it to target/s3proxy/");
		}
		Path work = Files.createTempDirectory("karma-s3proxy");
		Path blobs = Files.createDirectories(work.resolve("blobs"));
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		Path properties = work.resolve("s3proxy.conf");
		Files.write(properties, List.of(
				"s3proxy.endpoint=http://127.0.0.1:" + port,
				"s3proxy.authorization=aws-v2-or-v4",
				"s3proxy.identity=" + IDENTITY,
				"s3proxy.credential=" + CREDENTIAL,
				"jclouds.provider=" + System.getProperty("karma.s3proxy.provider", "filesystem-nio2"),
				"jclouds.identity=local",
				"jclouds.credential=local",
				"jclouds.filesystem.basedir=" + blobs));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx512m", "-jar", jar, "--properties", properties.toString())
				.redirectErrorStream(true).redirectOutput(work.resolve("s3proxy.log").toFile()).start();
		S3ProxyServer server = new S3ProxyServer(process, work, port);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("S3Proxy exited with " + process.exitValue() + ": "
						+ Files.readString(work.resolve("s3proxy.log")));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
				return server;
			} catch (IOException notYet) {
				if (System.nanoTime() > deadline) {
					server.close();
					throw new IllegalStateException("S3Proxy did not open port " + port + " within 60 s");
				}
				process.waitFor(50, TimeUnit.MILLISECONDS);
			}
		}
	}

	/** The server's own log (for failure messages). */
	String log() throws IOException {
		return Files.readString(work.resolve("s3proxy.log"));
	}

	@Override
	public void close() throws IOException, InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
		try (var all = Files.walk(work)) {
			all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}
}
