package org.karma.connector.gdrive.tests;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;
import org.karma.connector.tck.ConnectionContractTest;
import org.karma.connector.tck.ConnectorFixture;

/**
 * The whole conformance kit on a folder of a SHARED drive (option {@code drive}, by name) through
 * the real Drive client against FakeDrive, which hides shared drives' items from requests without
 * {@code supportsAllDrives=true} and lists a shared drive only with {@code corpora=drive},
 * {@code driveId} and {@code includeItemsFromAllDrives=true}: every call the connector makes must
 * carry them. A My Drive folder of the same name beside it must stay untouched.
 */
class GdriveSharedDriveConformanceTest extends ConnectionContractTest {
	private static FakeDrive drive;
	private static String team;
	private static final GdriveConnectorFactory FACTORY = new GdriveConnectorFactory();

	@Override
	protected ConnectorFixture createFixture() throws Exception {
		synchronized (GdriveSharedDriveConformanceTest.class) {
			if (drive == null) {
				drive = new FakeDrive();
				drive.addSharedDrive("Other team");
				team = drive.addSharedDrive("Team Karma");
			}
		}
		return GdriveFixture.createIn(drive, team, FACTORY, Map.of("drive", "Team Karma"), "access-1", null);
	}

	@AfterAll
	static void stop() {
		if (drive != null) {
			drive.close();
			drive = null;
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
