package org.karma.connector.dropbox.tests;

import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/**
 * The whole conformance kit through the real Dropbox SDK against a local HTTPS FAKE of the Dropbox
 * API ({@link FakeDropbox}); no offline Dropbox exists.
 */
class DropboxConformanceTest extends ConnectionContractTest {

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		return DropboxFixture.create();
	}

	@Override
	protected long largeFileSize() {
		return 6L << 20;
	}
}
