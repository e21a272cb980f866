package org.karma.connector.dropbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.dropbox.fake.FakeDropbox;
import org.karma.connector.dropbox.internal.DropboxConnectorFactory;
import org.karma.connector.dropbox.internal.RedirectingRequestor;
import org.karma.connector.tck.FeedRecorder;

/**
 * The test-only variables {@code KARMA_DROPBOX_API_ENDPOINT} and {@code KARMA_DROPBOX_TRUST} (how
 * the product's end-to-end test reaches the fake): with both, the factory's own requestors send
 * the API, content, token and long-poll calls to the fake and trust its certificate; a server
 * with another certificate is refused before any request; a half setting fails every connect
 * with one line.
 */
class DropboxTestEndpointTest {

	@TempDir
	Path dir;

	private DropboxConnectorFactory factory(String endpoint, Path pem) {
		return new DropboxConnectorFactory(Map.of(RedirectingRequestor.ENDPOINT_VARIABLE, endpoint,
				RedirectingRequestor.TRUST_VARIABLE, pem.toString())::get);
	}

	@Test
	void everyCallGoesToTheNamedEndpoint() throws Exception {
		try (DropboxFixture fixture = DropboxFixture.create()) {
			FakeDropbox fake = fixture.fakeDropbox();
			Path pem = Files.writeString(dir.resolve("fake.pem"), fake.certificatePem(), StandardCharsets.US_ASCII);
			int tokens = fake.calls("oauth2/token");
			int uploads = fake.calls("files/upload");
			int polls = fake.calls("files/list_folder/longpoll");
			try (Connection c = factory(fake.base() + "/", pem).connect(DropboxFixture.spec("dropbox:" + fixture.folder(),
					Map.of()), null)) {
				FeedRecorder feed = new FeedRecorder(20);
				try (Capability.ChangeFeed.Subscription sub = c.capability(Capability.ChangeFeed.class).orElseThrow()
						.watch(RelPath.ROOT, feed, null)) {
					byte[] data = "through the test endpoint".getBytes(StandardCharsets.UTF_8);
					c.write(RelPath.of("e.txt"), new ByteArrayInputStream(data), WriteOptions.DEFAULT.withSize(data.length),
							null);
					feed.await("e.txt");
				}
				List<String> names = new ArrayList<>();
				c.list(RelPath.ROOT, (Entry e) -> names.add(e.path().name()), null);
				assertEquals(List.of("e.txt"), names);
			}
			assertEquals(tokens + 1, fake.calls("oauth2/token"), "the refresh went to the fake");
			assertEquals(uploads + 1, fake.calls("files/upload"), "the upload (content host) went to the fake");
			assertTrue(fake.calls("files/list_folder/longpoll") > polls, "the long poll (notify host) went to the fake");
			assertEquals(List.of(fixture.folder() + "/e.txt"), fixture.contents());
		}
	}

	@Test
	void aServerWithAnotherCertificateIsRefusedBeforeAnyRequest() throws Exception {
		try (DropboxFixture fixture = DropboxFixture.create(); FakeDropbox other = new FakeDropbox()) {
			FakeDropbox fake = fixture.fakeDropbox();
			Path otherPem = Files.writeString(dir.resolve("other.pem"), other.certificatePem(), StandardCharsets.US_ASCII);
			int tokens = fake.calls("oauth2/token");
			ConnectorException e = assertThrows(ConnectorException.class, () -> factory(fake.base(), otherPem)
					.connect(DropboxFixture.spec("dropbox:" + fixture.folder(), Map.of()), null));
			assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
			assertTrue(e.getMessage().contains("SSLHandshakeException"), e.getMessage());
			assertEquals(tokens, fake.calls("oauth2/token"), "no request reached the fake");
		}
	}

	@Test
	void halfASettingFailsEveryConnectWithOneLine() throws Exception {
		FakeDropbox fake = DropboxFixture.fake();
		DropboxConnectorFactory factory = new DropboxConnectorFactory(
				Map.of(RedirectingRequestor.ENDPOINT_VARIABLE, fake.base())::get);
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> factory.connect(DropboxFixture.spec("dropbox:/", Map.of()), null));
		assertEquals(Reason.FATAL, e.reason());
		assertEquals("KARMA_DROPBOX_API_ENDPOINT and KARMA_DROPBOX_TRUST (for tests only) go together: set both, or"
				+ " neither to reach Dropbox", e.getMessage());
	}
}
