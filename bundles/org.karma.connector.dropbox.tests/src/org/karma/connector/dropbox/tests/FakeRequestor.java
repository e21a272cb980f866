package org.karma.connector.dropbox.tests;

import java.io.IOException;
import java.net.URI;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

import com.dropbox.core.http.HttpRequestor;
import com.dropbox.core.http.StandardHttpRequestor;

/**
 * Wraps the SDK's own {@link StandardHttpRequestor} with two changes for tests: every call to a
 * Dropbox host ({@code api.dropboxapi.com}, {@code content.dropboxapi.com}) goes to the fake
 * instead (the SDK's {@code DbxHost} cannot carry a port), and TLS trusts the fake's self-signed
 * certificate instead of Dropbox's pinned ones. Everything else (headers, bodies, JSON, retries)
 * is the real SDK.
 */
final class FakeRequestor extends HttpRequestor {

	private final String base;
	private final StandardHttpRequestor delegate;

	FakeRequestor(FakeDropbox fake) {
		this.base = fake.base();
		SSLSocketFactory ssl = fake.trustingSocketFactory();
		this.delegate = new StandardHttpRequestor(StandardHttpRequestor.Config.DEFAULT_INSTANCE) {
			@Override
			protected void configureConnection(HttpsURLConnection connection) throws IOException {
				connection.setSSLSocketFactory(ssl);
			}
		};
	}

	private String redirect(String url) {
		URI uri = URI.create(url);
		if (!uri.getHost().endsWith(".dropboxapi.com") && !uri.getHost().endsWith(".dropbox.com")) {
			throw new IllegalArgumentException("unexpected host in " + url);
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
