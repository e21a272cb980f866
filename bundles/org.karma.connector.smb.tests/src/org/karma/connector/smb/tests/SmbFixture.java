package org.karma.connector.smb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;
import org.karma.connector.smb.internal.SmbConnectorFactory;
import org.karma.connector.tck.FactoryFixture;

/**
 * A conformance fixture: a fresh folder in share {@code rw} of the test smbd. On close it checks
 * that no temporary file or lock folder of the connector is left on the server, then removes the
 * folder.
 */
final class SmbFixture extends FactoryFixture {

	private final Path folder;

	private SmbFixture(SmbConnectorFactory factory, String location, Path folder) throws ConnectorException {
		super(factory, SambaServer.spec(location, Map.of(), SambaServer.PASSWORD));
		this.folder = folder;
	}

	static SmbFixture create() throws Exception {
		SambaServer server = SambaServer.get();
		Path folder = server.newFolder();
		return new SmbFixture(new SmbConnectorFactory(Duration.ofSeconds(20)), server.url(server.port, "rw", folder), folder);
	}

	/** chmod 000 on the server side: smbd works as the share user, who then cannot enter the folder. */
	@Override
	public boolean makeInaccessible(RelPath path) throws Exception {
		Files.setPosixFilePermissions(folder.resolve(path.toString()), PosixFilePermissions.fromString("---------"));
		return true;
	}

	@Override
	protected void cleanUp() throws Exception {
		try {
			assertEquals(List.of(), SambaServer.leftovers(folder), "temporary files or locks left on the server");
		} finally {
			SambaServer.deleteTree(folder);
		}
	}
}
