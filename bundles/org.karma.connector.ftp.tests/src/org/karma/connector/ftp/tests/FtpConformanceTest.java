package org.karma.connector.ftp.tests;

import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/** The whole conformance kit over plain FTP against Apache MINA FtpServer on loopback. */
class FtpConformanceTest extends ConnectionContractTest {

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		return FtpFixture.create(false);
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
