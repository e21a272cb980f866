package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.ftp.internal.FtpConnectorFactory;
import org.karma.connector.tck.FactoryFixture;

/**
 * A conformance fixture: a fresh folder on the test server, reached as user {@code ann} over
 * plain FTP or explicit FTPS. On close it checks that no temporary file or lock folder of the
 * connector is left on the server, then removes the folder.
 */
final class FtpFixture extends FactoryFixture {

	private final Path folder;

	private FtpFixture(FtpConnectorFactory factory, String location, Path folder) throws ConnectorException {
		super(factory, TestServer.spec(location, Map.of(), TestServer.PASSWORD));
		this.folder = folder;
	}

	static FtpFixture create(boolean tls) throws Exception {
		TestServer server = TestServer.get();
		Path folder = server.newRoot();
		FtpConnectorFactory factory = new FtpConnectorFactory(server.base.resolve("known-certs"), Duration.ofSeconds(30));
		String location = tls ? server.url("ftps", "ann", server.explicitPort, folder)
				: server.url("ftp", "ann", server.plainPort, folder);
		return new FtpFixture(factory, location, folder);
	}

	@Override
	protected void cleanUp() throws Exception {
		try {
			assertEquals(List.of(), TestServer.leftovers(folder), "temporary files or locks left on the server");
		} finally {
			TestServer.deleteTree(folder);
		}
	}
}
