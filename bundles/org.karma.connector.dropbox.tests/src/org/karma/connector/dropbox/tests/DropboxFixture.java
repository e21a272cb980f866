package org.karma.connector.dropbox.tests;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.dropbox.fake.FakeDropbox;
import org.karma.connector.dropbox.internal.DropboxConnectorFactory;
import org.karma.connector.dropbox.internal.RedirectingRequestor;
import org.karma.connector.tck.FactoryFixture;

import com.dropbox.core.http.HttpRequestor;
import com.dropbox.core.http.StandardHttpRequestor;

/**
 * A conformance fixture: a fresh folder {@code /t-N} on the shared fake Dropbox, reached with a
 * refresh token and app key (so every connection starts with an OAuth refresh), a 1 MiB upload
 * threshold and 1 MiB chunks (so larger files go through upload sessions). On close it removes the
 * folder. (Upload sessions of cancelled writes stay open, as on Dropbox, where they expire.)
 */
final class DropboxFixture extends FactoryFixture {

	private static final AtomicInteger FOLDERS = new AtomicInteger();
	private static FakeDropbox shared;

	private final FakeDropbox fake;
	private final String folder;

	private DropboxFixture(FakeDropbox fake, String folder, Map<String, String> options) throws ConnectorException {
		super(new DropboxConnectorFactory(DropboxFixture.requestor(fake)), spec("dropbox:" + folder, options));
		this.fake = fake;
		this.folder = folder;
	}

	/**
	 * The connector's own test-only requestor (the one {@code KARMA_DROPBOX_API_ENDPOINT} selects):
	 * every Dropbox API call goes to the fake, and TLS trusts exactly its certificate.
	 */
	static HttpRequestor requestor(FakeDropbox fake) {
		return new RedirectingRequestor(new RedirectingRequestor.Target(URI.create(fake.base()),
				fake.trustingSocketFactory()), StandardHttpRequestor.Config.DEFAULT_INSTANCE);
	}

	static synchronized FakeDropbox fake() throws Exception {
		if (shared == null) {
			shared = new FakeDropbox();
			shared.pageSize(100);
		}
		return shared;
	}

	static DropboxFixture create() throws Exception {
		return create(Map.of());
	}

	static DropboxFixture create(Map<String, String> options) throws Exception {
		FakeDropbox fake = fake();
		String folder = "/t-" + FOLDERS.incrementAndGet();
		fake.makeFolder(folder);
		Map<String, String> all = new HashMap<>(Map.of("upload_threshold_mb", "1", "chunk_mb", "1"));
		all.putAll(options);
		return new DropboxFixture(fake, folder, all);
	}

	static ConnectionSpec spec(String location, Map<String, String> options) {
		Map<String, char[]> secrets = Map.of("refresh_token", FakeDropbox.REFRESH_TOKEN.toCharArray(), "app_key",
				FakeDropbox.APP_KEY.toCharArray());
		return new ConnectionSpec(location, options, key -> Optional.ofNullable(secrets.get(key)).map(char[]::clone));
	}

	FakeDropbox fakeDropbox() {
		return fake;
	}

	String folder() {
		return folder;
	}

	@Override
	protected void cleanUp() throws Exception {
		fake.removeTree(folder);
	}

	/** For messages. */
	List<String> contents() {
		return fake.below(folder);
	}
}
