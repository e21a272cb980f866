package org.karma.connector.sftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.karma.connector.sftp.internal.SftpConnection;
import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/** The whole conformance kit over SFTP (version 6, the highest MINA SSHD speaks) against Apache MINA SSHD on loopback. */
class SftpConformanceTest extends ConnectionContractTest {

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		return SftpFixture.create();
	}

	@Override
	protected long largeFileSize() {
		return 16L << 20;
	}

	@Override
	protected int manyEntries() {
		return 2000;
	}

	@Test
	void negotiatedVersion6() {
		assertEquals(6, ((SftpConnection) c).protocolVersion());
	}
}
