package org.karma.connector.s3.tests;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/**
 * The whole conformance kit against S3Proxy (filesystem blobstore) in a child JVM on loopback,
 * with 5 MiB parts so that the large-file test goes through a multipart upload.
 */
class S3ConformanceTest extends ConnectionContractTest {

	private static S3ProxyServer server;

	@BeforeAll
	static void startServer() throws Exception {
		server = S3ProxyServer.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		return S3Fixture.create(server, Map.of("part_size_mb", "5"));
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
