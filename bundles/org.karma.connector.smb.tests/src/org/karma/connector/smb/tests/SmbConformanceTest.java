package org.karma.connector.smb.tests;

import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/** The whole conformance kit against a real Samba smbd on loopback (SMB2/3). */
class SmbConformanceTest extends ConnectionContractTest {

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		return SmbFixture.create();
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
