package org.karma.connector.sftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.karma.connector.sftp.internal.SftpConnection;
import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/**
 * The whole conformance kit over SFTP version 3, the version OpenSSH's sftp-server speaks (times
 * in whole seconds, plain rename refuses to replace: posix-rename@openssh.com does).
 */
class SftpV3ConformanceTest extends ConnectionContractTest {

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		return SftpFixture.create(3);
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
	void negotiatedVersion3() {
		assertEquals(3, ((SftpConnection) c).protocolVersion());
	}
}
