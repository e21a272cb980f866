package org.karma.connector.dropbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import com.dropbox.core.http.HttpRequestor;
import com.dropbox.core.http.StandardHttpRequestor;

/**
 * FOR TESTS ONLY: the SDK's own {@link StandardHttpRequestor} with two changes, so that the
 * connector talks to a local fake of the Dropbox API instead of Dropbox. Every call to a Dropbox
 * API host ({@code api.dropboxapi.com}, {@code content.dropboxapi.com},
 * {@code notify.dropboxapi.com}) goes to one other https endpoint (the SDK's {@code DbxHost}
 * cannot carry a port), and TLS trusts exactly the certificates given for that endpoint instead of
 * Dropbox's pinned ones (host names are still verified). Calls to any other host are refused.
 * Everything else (headers, bodies, JSON, retries, token refresh) is the real SDK.
 *
 * <p>The product uses it only when the environment variables {@value #ENDPOINT_VARIABLE} and
 * {@value #TRUST_VARIABLE} are set (see {@link Target#fromEnvironment}); without them nothing
 * changes: the real hosts with the pinned certificates.
 */
public final class RedirectingRequestor extends HttpRequestor {

	/** FOR TESTS ONLY: the https URL ({@code https://127.0.0.1:PORT}) Dropbox API calls go to instead. */
	public static final String ENDPOINT_VARIABLE = "KARMA_DROPBOX_API_ENDPOINT";
	/** FOR TESTS ONLY: a PEM file with the certificate(s) of that endpoint, the only ones trusted. */
	public static final String TRUST_VARIABLE = "KARMA_DROPBOX_TRUST";

	private static final String API_DOMAIN = ".dropboxapi.com";

	/**
	 * Where the calls go and whom TLS trusts there.
	 *
	 * @param base    an https URL without query; its path, if any, is put before each call's path
	 * @param sockets TLS sockets that trust exactly the endpoint's certificates
	 */
	public record Target(URI base, SSLSocketFactory sockets) {

		/**
		 * The target the test-only environment variables name, empty when neither is set.
		 *
		 * @param environment reads environment variables ({@code System::getenv}, or a map in tests)
		 * @throws IllegalArgumentException (a one-line message naming the variable) when only one is
		 *                                  set, the endpoint is not an https URL, or the file holds
		 *                                  no readable certificate
		 */
		public static Optional<Target> fromEnvironment(Function<String, String> environment) {
			String endpoint = blankToNull(environment.apply(ENDPOINT_VARIABLE));
			String trust = blankToNull(environment.apply(TRUST_VARIABLE));
			if (endpoint == null && trust == null) {
				return Optional.empty();
			}
			if (endpoint == null || trust == null) {
				throw new IllegalArgumentException(ENDPOINT_VARIABLE + " and " + TRUST_VARIABLE
						+ " (for tests only) go together: set both, or neither to reach Dropbox");
			}
			return Optional.of(new Target(endpoint(endpoint), trusting(Path.of(trust))));
		}

		private static URI endpoint(String text) {
			try {
				URI uri = new URI(text);
				if ("https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
						&& uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
						&& uri.getRawUserInfo() == null) {
					String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
					return new URI(uri.getScheme() + "://" + uri.getRawAuthority() + path);
				}
			} catch (URISyntaxException e) {
				// below
			}
			throw new IllegalArgumentException(ENDPOINT_VARIABLE + " must be an https URL such as https://127.0.0.1:8443,"
					+ " not '" + text + "'");
		}

		/** TLS sockets that trust exactly the certificates of a PEM (or DER) file. */
		static SSLSocketFactory trusting(Path file) {
			try {
				Collection<? extends Certificate> certificates;
				try (InputStream in = Files.newInputStream(file)) {
					certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
				}
				if (certificates.isEmpty()) {
					throw new IllegalArgumentException(TRUST_VARIABLE + ": no certificate in " + file);
				}
				KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
				store.load(null, null);
				int n = 0;
				for (Certificate certificate : certificates) {
					store.setCertificateEntry("trusted-" + n++, certificate);
				}
				TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
				factory.init(store);
				SSLContext context = SSLContext.getInstance("TLS");
				context.init(null, factory.getTrustManagers(), null);
				return context.getSocketFactory();
			} catch (IOException | GeneralSecurityException e) {
				throw new IllegalArgumentException(TRUST_VARIABLE + ": cannot read a certificate from " + file + " ("
						+ e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines()
								.findFirst().orElse("")) + ")");
			}
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	private final URI base;
	private final StandardHttpRequestor delegate;

	/**
	 * @param target where the calls go and whom TLS trusts there
	 * @param config the SDK requestor's settings (timeouts)
	 */
	public RedirectingRequestor(Target target, StandardHttpRequestor.Config config) {
		this.base = target.base();
		SSLSocketFactory sockets = target.sockets();
		this.delegate = new StandardHttpRequestor(config) {
			@Override
			protected void configureConnection(HttpsURLConnection connection) throws IOException {
				connection.setSSLSocketFactory(sockets);
			}
		};
	}

	/** The URL a call to a Dropbox API host goes to instead; calls to other hosts are refused. */
	String redirect(String url) throws IOException {
		URI uri = URI.create(url);
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		if (!"https".equals(uri.getScheme()) || !host.endsWith(API_DOMAIN)) {
			throw new IOException("not a Dropbox API URL: " + uri.getScheme() + "://" + host);
		}
		return base + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	@Override
	public Response doGet(String url, Iterable<Header> headers) throws IOException {
		return delegate.doGet(redirect(url), headers);
	}

	@Override
	public Uploader startPost(String url, Iterable<Header> headers) throws IOException {
		return delegate.startPost(redirect(url), headers);
	}

	@Override
	public Uploader startPostInStreamingMode(String url, Iterable<Header> headers) throws IOException {
		return delegate.startPostInStreamingMode(redirect(url), headers);
	}

	@Override
	public Uploader startPut(String url, Iterable<Header> headers) throws IOException {
		return delegate.startPut(redirect(url), headers);
	}
}
