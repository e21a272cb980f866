package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.karma.connector.ftp.internal.FtpConnectorFactory;
import org.karma.connector.tck.realtime.RealTimeContractTest;
import org.karma.connector.tck.realtime.RealTimeHarness;
import org.karma.core.credentials.SecretSource;

/**
 * Real-time two-way sync between a local folder and a folder on the embedded FTP server: the FTP
 * side is polled by the connector's change feed ({@code poll_interval} 100 ms); files are put into
 * the server's folder through its own file system, as another FTP client would. Afterwards no
 * temporary file or lock is left on the server.
 */
class FtpRealTimeTest extends RealTimeContractTest {

	private Path remote;

	@BeforeEach
	void setUp() throws Exception {
		remote = TestServer.get().newRoot();
	}

	@AfterEach
	void tearDown() throws Exception {
		stopScheduler();
		assertEquals(List.of(), TestServer.leftovers(remote), "temporary files or locks left on the server");
		TestServer.deleteTree(remote);
	}

	@Override
	protected RealTimeHarness start(Path local, Path home, int debounceMillis) throws Exception {
		TestServer server = TestServer.get();
		var factory = new FtpConnectorFactory(server.base.resolve("known-certs"), Duration.ofSeconds(30));
		SecretSource secrets = key -> name -> name.equals("password") ? Optional.of(TestServer.PASSWORD.toCharArray())
				: Optional.empty();
		return new RealTimeHarness("ftp-rt", local, server.url("ftp", "ann", server.plainPort, remote),
				Map.of("poll_interval", "100ms"), factory, secrets, home, debounceMillis);
	}

	@Override
	protected void putRemote(String path, String content) throws Exception {
		Path file = remote.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	@Override
	protected String readRemote(String path) {
		return RealTimeHarness.read(remote.resolve(path));
	}

	@Override
	protected Map<String, String> remoteTree() throws Exception {
		return RealTimeHarness.tree(remote);
	}
}
