package org.karma.connector.gdrive.tests;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;
import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/**
 * The whole conformance kit through the real google-api-services-drive client against FakeDrive,
 * a local FAKE of the Drive v3 API (no offline Drive exists). Uploads above 1 MiB take the
 * resumable path (1 MiB chunks, 308 answers), smaller ones the multipart path.
 */
class GdriveConformanceTest extends ConnectionContractTest {
	private static FakeDrive drive;
	static final GdriveConnectorFactory FACTORY = new GdriveConnectorFactory(com.google.api.client.util.Sleeper.DEFAULT,
			GdriveFixture.JOURNALS);

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		synchronized (GdriveConformanceTest.class) {
			if (drive == null) {
				drive = new FakeDrive();
			}
			return fixture(drive);
		}
	}

	/** A fresh folder of My Drive; {@link GdriveSharedDriveConformanceTest}: of a shared drive. */
	ConnectorFixture fixture(FakeDrive fake) throws Exception {
		return GdriveFixture.create(fake, FACTORY, Map.of(), "access-1", null);
	}

	@AfterAll
	static void stop() {
		synchronized (GdriveConformanceTest.class) {
			if (drive != null) {
				drive.close();
				drive = null;
			}
		}
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
