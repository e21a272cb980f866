package org.karma.connector.dropbox.tests;

import org.karma.connector.dropbox.fake.FakeDropbox;
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

	/** 2,000 files: twenty pages of the fixture's 100, so {@code list_folder/continue} is used 19 times. */
	@Override
	protected int manyEntries() {
		return 2000;
	}
}
