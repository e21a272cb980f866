package org.karma.connector.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a factory needs to connect: the location (the endpoint URI in canonical form, without
 * options, e.g. {@code /home/ann/docs}, {@code zip:/b/a.zip!/inner}, {@code sftp://ann@host:2222/srv}),
 * the option values given (canonical text, already checked against the declared types), and the
 * secrets from secure storage.
 */
public record ConnectionSpec(String location, Map<String, String> options, Secrets secrets) {

	/** Secret values by option key (password, token …), never stored in profiles. */
	@FunctionalInterface
	public interface Secrets {
		/** No secrets. */
		Secrets NONE = key -> Optional.empty();

		Optional<char[]> get(String key);
	}

	public ConnectionSpec {
		Objects.requireNonNull(location);
		options = Map.copyOf(options);
		Objects.requireNonNull(secrets);
	}

	/** A location without options or secrets. */
	public static ConnectionSpec of(String location) {
		return new ConnectionSpec(location, Map.of(), Secrets.NONE);
	}

	/** An option's value, else the declared default, else null. */
	public String option(ConnectorOption option) {
		return options.getOrDefault(option.key(), option.defaultValue());
	}

	/** A boolean option's value (or default): {@code true} or {@code false}, else FATAL naming the option. */
	public boolean bool(ConnectorOption option) throws ConnectorException {
		String value = String.valueOf(option(option)).trim().toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("false")) {
			return Boolean.parseBoolean(value);
		}
		throw new ConnectorException(ConnectorException.Reason.FATAL, RelPath.ROOT,
				"option " + option.key() + " must be true or false, not '" + option(option) + "'");
	}

	/** A whole-number option's value (or default), at least 1, else FATAL naming the option. */
	public int positiveInt(ConnectorOption option) throws ConnectorException {
		String value = String.valueOf(option(option)).trim();
		try {
			int n = Integer.parseInt(value);
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new ConnectorException(ConnectorException.Reason.FATAL, RelPath.ROOT,
				"option " + option.key() + " must be a whole number of at least 1, not '" + value + "'");
	}

	/**
	 * A time option's value (or default): a number with {@code ms}, {@code s} or {@code m} (seconds
	 * without a unit), more than 0, else FATAL naming the option.
	 */
	public Duration positiveDuration(ConnectorOption option) throws ConnectorException {
		String value = String.valueOf(option(option)).trim().toLowerCase(Locale.ROOT);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})\\s*(ms|s|m|)").matcher(value);
		if (m.matches()) {
			long n = Long.parseLong(m.group(1));
			Duration d = switch (m.group(2)) {
			case "ms" -> Duration.ofMillis(n);
			case "m" -> Duration.ofMinutes(n);
			default -> Duration.ofSeconds(n);
			};
			if (!d.isZero()) {
				return d;
			}
		}
		throw new ConnectorException(ConnectorException.Reason.FATAL, RelPath.ROOT, "option " + option.key()
				+ " must be a time such as 60s, 2m or 500ms (more than 0), not '" + option(option) + "'");
	}
}
