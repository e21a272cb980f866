package org.karma.core.connectors;

import java.util.LinkedHashMap;
import java.util.Map;

import org.karma.connector.api.ConnectionSpec;
import org.karma.model.EndpointUri;
import org.karma.model.profile.ConnectorOption;
import org.karma.model.profile.Endpoint;

/**
 * The {@link ConnectionSpec} of a profile's endpoint: its URI without query options, and its
 * typed options as strings. Every operation that connects an endpoint (sync, versions) builds
 * the spec here, so they all connect the same way.
 */
public final class EndpointSpecs {

	private EndpointSpecs() {
	}

	/**
	 * @param uri      the endpoint's URI, already parsed (so the caller reports a bad one its own way)
	 * @param endpoint the endpoint, for its options
	 */
	public static ConnectionSpec of(EndpointUri uri, Endpoint endpoint) {
		return of(uri, endpoint, ConnectionSpec.Secrets.NONE);
	}

	/**
	 * @param uri      the endpoint's URI, already parsed
	 * @param endpoint the endpoint, for its options
	 * @param secrets  the endpoint's secrets (see {@code org.karma.core.credentials.SecretSource})
	 */
	public static ConnectionSpec of(EndpointUri uri, Endpoint endpoint, ConnectionSpec.Secrets secrets) {
		Map<String, String> options = new LinkedHashMap<>();
		for (ConnectorOption option : endpoint.getOptions()) {
			options.put(option.getKey(), option.getValue());
		}
		return new ConnectionSpec(uri.withoutOptions(), options, secrets);
	}
}
