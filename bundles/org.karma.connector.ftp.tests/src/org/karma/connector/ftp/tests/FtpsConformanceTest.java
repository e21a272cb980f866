package org.karma.connector.ftp.tests;

import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/** The whole conformance kit over explicit FTPS (AUTH TLS, protected data connections) against Apache MINA FtpServer on loopback. */
class FtpsConformanceTest extends ConnectionContractTest {

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		return FtpFixture.create(true);
	}

	@Override
	protected long largeFileSize() {
		return 16L << 20;
	}

	@Override
	protected int manyEntries() {
		return 2000;
	}
}
