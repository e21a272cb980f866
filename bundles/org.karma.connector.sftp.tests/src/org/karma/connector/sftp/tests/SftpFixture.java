package org.karma.connector.sftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;
import org.karma.connector.sftp.internal.SftpConnectorFactory;
import org.karma.connector.tck.FactoryFixture;

/**
 * A conformance fixture: a fresh folder on the test server, reached as user {@code ann} with the
 * password. On close it checks that no temporary file or lock folder of the connector is left on
 * the server, then removes the folder.
 */
final class SftpFixture extends FactoryFixture {

	private final TestServer server;
	private final Path folder;

	private SftpFixture(TestServer server, SftpConnectorFactory factory, ConnectionSpec spec, Path folder)
			throws ConnectorException {
		super(factory, spec);
		this.server = server;
		this.folder = folder;
	}

	static SftpFixture create() throws Exception {
		return create(6);
	}

	/** A fixture whose client offers SFTP versions up to {@code maxVersion} (3: as against OpenSSH). */
	static SftpFixture create(int maxVersion) throws Exception {
		TestServer server = TestServer.get();
		Path folder = server.newRoot();
		SftpConnectorFactory factory = new SftpConnectorFactory(server.sshDir(), Duration.ofSeconds(30), maxVersion);
		return new SftpFixture(server, factory, TestServer.spec(server.url(folder)), folder);
	}

	@Override
	public boolean makeInaccessible(RelPath path) {
		server.deny(folder.resolve(path.toString()));
		return true;
	}

	@Override
	protected void cleanUp() throws Exception {
		server.clearFaults();
		try {
			assertEquals(List.of(), TestServer.leftovers(folder), "temporary files or locks left on the server");
		} finally {
			TestServer.deleteTree(folder);
		}
	}
}
