package org.karma.core.profiles;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.karma.model.EndpointUri;
import org.karma.model.OptionCatalog;
import org.karma.model.OptionSpec;
import org.karma.model.profile.ConnectorOption;
import org.karma.model.profile.Endpoint;
import org.karma.model.profile.OptionType;
import org.karma.model.profile.ProfileFactory;

/**
 * Turning what a user typed (command line, wizard) into an {@link Endpoint}: relative local paths
 * become absolute, options riding on the URI as query parameters become typed options. Whether
 * the options are allowed is left to the validator, so that every front end reports the same
 * messages.
 */
public final class Endpoints {

	private static final Pattern HAS_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
	/** A scheme before the location, but not a host name before its port ({@code nas:2121/in}). */
	private static final Pattern TYPED_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:(?![0-9]).*");

	private Endpoints() {
	}

	/**
	 * @param text             a path or URI as typed
	 * @param workingDirectory what relative local paths are relative to
	 * @throws EndpointUri.InvalidUriException when the text is not a usable location
	 */
	public static Endpoint fromText(String text, Path workingDirectory, OptionCatalog catalog)
			throws EndpointUri.InvalidUriException {
		String location = text == null ? "" : text.strip();
		if (!location.isEmpty() && !HAS_SCHEME.matcher(location).matches() && !location.startsWith("/")) {
			location = workingDirectory.resolve(location).toAbsolutePath().normalize().toString();
		}
		EndpointUri uri = EndpointUri.parse(location);
		Endpoint endpoint = ProfileFactory.eINSTANCE.createEndpoint();
		endpoint.setUri(uri.withoutOptions());
		for (Map.Entry<String, String> entry : uri.options().entrySet()) {
			Optional<OptionSpec> spec = catalog.option(uri.scheme(), entry.getKey());
			ConnectorOption option = ProfileFactory.eINSTANCE.createConnectorOption();
			option.setKey(entry.getKey());
			option.setType(spec.map(OptionSpec::type).orElse(OptionType.STRING));
			String value = entry.getValue();
			if (spec.isPresent()) {
				try {
					value = spec.get().canonical(value);
				} catch (IllegalArgumentException e) {
					// keep the value as typed: the validator names the option and what is allowed
				}
			}
			option.setValue(value);
			endpoint.getOptions().add(option);
		}
		return endpoint;
	}

	/**
	 * What a scheme picked from a list and a location typed beside it (the New Profile wizard's
	 * fields) mean together: the text a user would give the command line, to be read with
	 * {@link #fromText}, so that both build the same endpoint. A location with a scheme of its own
	 * is taken as it is (a host with a port, {@code nas:2121/in}, is not a scheme); for {@code file} the location is the path; {@code dropbox}, {@code gdrive}
	 * and {@code zip} locations are a path after {@code scheme:} ({@code /Photos} and
	 * {@code Photos} become {@code dropbox:/Photos}); the other schemes get {@code scheme://}
	 * before {@code [user@]host[:port]/path} (or the bucket).
	 */
	public static String withScheme(String scheme, String location) {
		String where = location == null ? "" : location.strip();
		if (where.isEmpty() || scheme.equals("file") || TYPED_SCHEME.matcher(where).matches()) {
			return where;
		}
		if (!EndpointUri.takesHost(scheme)) {
			return scheme + ":" + (where.startsWith("/") ? where : "/" + where);
		}
		return scheme + "://" + where;
	}

	/** The endpoint as a user would type it: URI with its options as query parameters (no secrets exist to show). */
	public static String toText(Endpoint endpoint) {
		StringBuilder b = new StringBuilder(endpoint.getUri() == null ? "" : endpoint.getUri());
		char separator = '?';
		for (ConnectorOption option : endpoint.getOptions()) {
			b.append(separator).append(option.getKey()).append('=').append(option.getValue());
			separator = '&';
		}
		return b.toString();
	}
}
