package org.karma.connector.gdrive.tests;

import java.util.HashMap;
import java.util.Map;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;

/**
 * The change feed tests of {@link GdriveWatchTest} on a folder of a shared drive (option
 * {@code drive}, by id). FakeDrive keeps a change log per drive and lists a shared drive's
 * changes only for {@code changes.list} with its {@code driveId}, {@code supportsAllDrives} and
 * {@code includeItemsFromAllDrives}, so the feed must ask for exactly that; items moved out go to
 * the shared drive's top folder.
 */
class GdriveSharedDriveWatchTest extends GdriveWatchTest {

	@Override
	GdriveFixture fixture(FakeDrive fake, Map<String, String> options) throws ConnectorException {
		String team = fake.addSharedDrive("Team Karma");
		Map<String, String> withDrive = new HashMap<>(options);
		withDrive.put("drive", team);
		return GdriveFixture.createIn(fake, team, new GdriveConnectorFactory(), withDrive, "access-1", null);
	}
}
