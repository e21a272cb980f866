package org.karma.connector.dropbox.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.karma.connector.api.Connection;
import org.karma.connector.dropbox.fake.FakeDropbox;
import org.karma.connector.dropbox.internal.DropboxConnectorFactory;
import org.karma.connector.tck.realtime.RealTimeContractTest;
import org.karma.connector.tck.realtime.RealTimeHarness;
import org.karma.core.credentials.SecretSource;

/**
 * Real-time two-way sync between a local folder and a folder on the fake Dropbox, watched through
 * the connector's change feed (cursor and longpoll); files are put into Dropbox directly in the fake.
 */
class DropboxRealTimeTest extends RealTimeContractTest {

	private DropboxFixture fixture;

	@BeforeEach
	void createFolder() throws Exception {
		fixture = DropboxFixture.create();
	}

	@AfterEach
	void removeFolder() throws Exception {
		stopScheduler();
		fixture.close();
	}

	@Override
	protected RealTimeHarness start(Path local, Path home, int debounceMillis) {
		var factory = new DropboxConnectorFactory(DropboxFixture.requestor(fixture.fakeDropbox()));
		Map<String, char[]> secrets = Map.of("refresh_token", FakeDropbox.REFRESH_TOKEN.toCharArray(), "app_key",
				FakeDropbox.APP_KEY.toCharArray());
		SecretSource source = key -> name -> Optional.ofNullable(secrets.get(name)).map(char[]::clone);
		return new RealTimeHarness("dropbox-rt", local, "dropbox:" + fixture.folder(), Map.of(), factory, source, home,
				debounceMillis);
	}

	@Override
	protected void putRemote(String path, String content) throws Exception {
		fixture.fakeDropbox().putFile(fixture.folder() + "/" + path, content.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	protected Connection remoteConnection() {
		return fixture.connection();
	}
}
