package org.karma.connector.gdrive.tests;

import java.util.Map;

import org.karma.connector.tck.ConnectorFixture;

/**
 * The whole conformance kit on a folder of a SHARED drive (option {@code drive}, by name) through
 * the real Drive client against FakeDrive, which hides shared drives' items from requests without
 * {@code supportsAllDrives=true} and lists a shared drive only with {@code corpora=drive},
 * {@code driveId} and {@code includeItemsFromAllDrives=true}: every call the connector makes must
 * carry them. Another shared drive is beside it.
 */
class GdriveSharedDriveConformanceTest extends GdriveConformanceTest {
	/** The fake the shared drive was made in, and its id (a new fake per test class). */
	private static FakeDrive madeIn;
	private static String team;

	@Override
	ConnectorFixture fixture(FakeDrive fake) throws Exception {
		if (madeIn != fake) {
			fake.addSharedDrive("Other team");
			team = fake.addSharedDrive("Team Karma");
			madeIn = fake;
		}
		return GdriveFixture.createIn(fake, team, FACTORY, Map.of("drive", "Team Karma"), "access-1", null);
	}
}
