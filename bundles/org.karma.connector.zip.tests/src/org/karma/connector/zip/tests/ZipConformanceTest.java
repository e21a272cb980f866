package org.karma.connector.zip.tests;

import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/** The whole conformance kit against a fresh archive (created by the first commit). */
class ZipConformanceTest extends ConnectionContractTest {

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		return ZipFixture.create(null);
	}
}
