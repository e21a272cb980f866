package org.karma.connector.zip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;
import org.karma.connector.zip.internal.ZipConnectorFactory;

/**
 * The whole conformance kit against a connection rooted at a folder inside an archive
 * ({@code a.zip!/inner}); afterwards the file beside that folder is checked untouched.
 */
class ZipInnerRootConformanceTest extends ConnectionContractTest {

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		ZipFixture inner = ZipFixture.create("inner");
		return new ConnectorFixture() {
			@Override
			public Connection connection() {
				return inner.connection();
			}

			@Override
			public Connection openAnother() throws org.karma.connector.api.ConnectorException {
				return inner.openAnother();
			}

			@Override
			public void close() throws Exception {
				try (Connection whole = new ZipConnectorFactory()
						.connect(ConnectionSpec.of("zip:" + inner.folder().resolve("a.zip")), null)) {
					assertEquals(Seed.OUTSIDE, Seed.read(whole, "outside.txt"), "nothing outside the root changed");
				} finally {
					inner.close();
				}
			}
		};
	}
}
