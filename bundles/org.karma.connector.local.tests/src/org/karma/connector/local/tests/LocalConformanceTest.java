package org.karma.connector.local.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.RelPath;
import org.karma.connector.local.internal.LocalConnectorFactory;
import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;
import org.karma.connector.tck.FactoryFixture;

/** The conformance kit against a fresh temporary folder per test. */
class LocalConformanceTest extends ConnectionContractTest {

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		Path root = Fixtures.newRoot("tck");
		List<Path> locked = new ArrayList<>();
		return new FactoryFixture(new LocalConnectorFactory(), ConnectionSpec.of(root.toString())) {
			@Override
			public boolean makeInaccessible(RelPath path) throws Exception {
				Path p = root.resolve(path.toString());
				Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
				locked.add(p);
				return !Files.isReadable(p); // root reads anything: the test is skipped then
			}

			@Override
			public boolean linkOutsideRoot(RelPath link, Path outside) throws Exception {
				Files.createSymbolicLink(root.resolve(link.toString()), outside);
				return true;
			}

			@Override
			protected void cleanUp() throws Exception {
				for (Path p : locked) {
					Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
				}
				Fixtures.deleteTree(root);
			}
		};
	}
}
