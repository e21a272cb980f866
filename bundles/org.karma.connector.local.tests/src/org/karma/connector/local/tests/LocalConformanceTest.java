package org.karma.connector.local.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;
import org.karma.connector.local.internal.LocalConnection;
import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/** The conformance kit against a fresh temporary folder per test. */
class LocalConformanceTest extends ConnectionContractTest {

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		Path root = Fixtures.newRoot("tck");
		LocalConnection connection = Fixtures.connect(root);
		List<Connection> others = new ArrayList<>();
		List<Path> locked = new ArrayList<>();
		return new ConnectorFixture() {
			@Override
			public Connection connection() {
				return connection;
			}

			@Override
			public Connection openAnother() throws ConnectorException {
				Connection other = Fixtures.connect(root);
				others.add(other);
				return other;
			}

			@Override
			public boolean makeInaccessible(RelPath path) throws Exception {
				Path p = connection.root().resolve(path.toString());
				Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
				locked.add(p);
				return !Files.isReadable(p); // root reads anything: the test is skipped then
			}

			@Override
			public boolean linkOutsideRoot(RelPath link, Path outside) throws Exception {
				Files.createSymbolicLink(connection.root().resolve(link.toString()), outside);
				return true;
			}

			@Override
			public void close() throws Exception {
				try {
					for (Connection other : others) {
						other.close();
					}
					connection.close();
				} finally {
					for (Path p : locked) {
						Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
					}
					Fixtures.deleteTree(root);
				}
			}
		};
	}
}
