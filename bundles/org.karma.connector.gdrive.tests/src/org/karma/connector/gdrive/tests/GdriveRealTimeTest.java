package org.karma.connector.gdrive.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.karma.connector.api.Connection;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;
import org.karma.connector.tck.realtime.RealTimeContractTest;
import org.karma.connector.tck.realtime.RealTimeHarness;

/**
 * Real-time two-way sync between a local folder and a folder on the fake Google Drive, watched
 * through the connector's change feed ({@code poll_interval} 100 ms); files are put into Drive
 * directly in the fake.
 */
class GdriveRealTimeTest extends RealTimeContractTest {

	private FakeDrive drive;
	private GdriveFixture fixture;

	@BeforeEach
	void createFolder() throws Exception {
		drive = new FakeDrive();
		fixture = GdriveFixture.create(drive, new GdriveConnectorFactory(), Map.of(), "access-1", null);
	}

	@AfterEach
	void stopDrive() throws Exception {
		stopScheduler();
		fixture.close();
		drive.close();
	}

	@Override
	protected RealTimeHarness start(Path local, Path home, int debounceMillis) {
		var factory = new GdriveConnectorFactory();
		Map<String, String> options = Map.of("root_url", drive.rootUrl(), "token_url", drive.tokenUrl(), "client_id",
				"karma-test-client", "poll_interval", "100ms");
		return new RealTimeHarness("gdrive-rt", local, "gdrive:/" + fixture.folderName, options, factory,
				key -> name -> name.equals("access_token") ? Optional.of("access-1".toCharArray()) : Optional.empty(), home,
				debounceMillis);
	}

	@Override
	protected void putRemote(String path, String content) {
		String parent = fixture.folderId;
		String[] names = path.split("/");
		for (int i = 0; i < names.length - 1; i++) {
			String id = drive.idOf(parent, names[i]);
			parent = id != null ? id : drive.put(parent, names[i], FakeDrive.FOLDER, new byte[0]);
		}
		drive.put(parent, names[names.length - 1], "text/plain", content.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	protected Connection remoteConnection() {
		return fixture.connection();
	}
}
