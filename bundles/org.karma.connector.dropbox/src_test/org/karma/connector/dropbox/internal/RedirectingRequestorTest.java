package org.karma.connector.dropbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dropbox.core.http.StandardHttpRequestor;

/** Parsing the test-only variables and rewriting Dropbox API URLs (no network). */
class RedirectingRequestorTest {

	@TempDir
	Path dir;

	/** A PEM file with the first certificate of the JDK's trust store (any real certificate does). */
	private Path pem() throws Exception {
		Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
		KeyStore store = KeyStore.getInstance(cacerts.toFile(), "changeit".toCharArray());
		Certificate certificate = store.getCertificate(Collections.list(store.aliases()).get(0));
		return Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder().encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n",
				StandardCharsets.US_ASCII);
	}

	private static Optional<RedirectingRequestor.Target> target(String endpoint, Object trust) {
		Map<String, String> env = new HashMap<>();
		env.put(RedirectingRequestor.ENDPOINT_VARIABLE, endpoint);
		env.put(RedirectingRequestor.TRUST_VARIABLE, trust == null ? null : trust.toString());
		return RedirectingRequestor.Target.fromEnvironment(env::get);
	}

	private static String fails(String endpoint, Object trust) {
		return assertThrows(IllegalArgumentException.class, () -> target(endpoint, trust)).getMessage();
	}

	@Test
	void unsetOrBlankMeansDropboxItself() {
		assertEquals(Optional.empty(), target(null, null));
		assertEquals(Optional.empty(), target(" ", ""));
	}

	@Test
	void bothAreNeededAndTheEndpointMustBeHttps() throws Exception {
		Path pem = pem();
		assertTrue(fails("https://127.0.0.1:8443", null).contains("go together"));
		assertTrue(fails(null, pem).contains("go together"));
		for (String bad : new String[] { "http://127.0.0.1:8443", "127.0.0.1:8443", "https://127.0.0.1:8443/?x=1",
				"https://user@127.0.0.1:8443", "https:///nohost" }) {
			assertEquals("KARMA_DROPBOX_API_ENDPOINT must be an https URL such as https://127.0.0.1:8443, not '" + bad + "'",
					fails(bad, pem), bad);
		}
		assertEquals("https://127.0.0.1:8443", target("https://127.0.0.1:8443/", pem).orElseThrow().base().toString());
		assertEquals("https://localhost:8443/prefix", target(" https://localhost:8443/prefix/ ", pem).orElseThrow().base()
				.toString());
	}

	@Test
	void theTrustFileMustHoldACertificate() throws Exception {
		Path text = Files.writeString(dir.resolve("not.pem"), "not a certificate");
		assertTrue(fails("https://127.0.0.1:8443", text).startsWith("KARMA_DROPBOX_TRUST: cannot read a certificate from "
				+ text), fails("https://127.0.0.1:8443", text));
		assertTrue(fails("https://127.0.0.1:8443", dir.resolve("missing.pem")).contains("NoSuchFileException"));
	}

	@Test
	void dropboxApiUrlsAreRewrittenAndOthersRefused() throws Exception {
		RedirectingRequestor requestor = new RedirectingRequestor(target("https://127.0.0.1:8443/p", pem()).orElseThrow(),
				StandardHttpRequestor.Config.DEFAULT_INSTANCE);
		assertEquals("https://127.0.0.1:8443/p/2/files/list_folder",
				requestor.redirect("https://api.dropboxapi.com/2/files/list_folder"));
		assertEquals("https://127.0.0.1:8443/p/2/files/upload", requestor.redirect("https://content.dropboxapi.com/2/files/upload"));
		assertEquals("https://127.0.0.1:8443/p/2/files/list_folder/longpoll",
				requestor.redirect("https://notify.dropboxapi.com/2/files/list_folder/longpoll"));
		assertEquals("https://127.0.0.1:8443/p/oauth2/token?a=%2Fb", requestor.redirect("https://api.dropboxapi.com/oauth2/token?a=%2Fb"));
		for (String other : new String[] { "https://www.dropbox.com/oauth2/authorize", "http://api.dropboxapi.com/2/x",
				"https://api.dropboxapi.com.example.org/2/x", "https://example.org/2/x" }) {
			assertThrows(IOException.class, () -> requestor.redirect(other), other);
		}
	}
}
