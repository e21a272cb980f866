package org.karma.connector.api;

import java.util.List;
import java.util.Objects;

/**
 * An option a connector declares: the single source for the workbench's wizard fields, the
 * command line's checks of URI query parameters, and the documentation.
 *
 * @param key           e.g. {@code region}; lower case, {@code _} between words
 * @param type          value type
 * @param required      whether a connection cannot be made without it
 * @param secret        a password, token or key: never stored in profiles (secure storage only)
 * @param defaultValue  the value used when not given (canonical text), or null
 * @param help          one sentence for users
 * @param allowedValues for STRING options with a fixed set of values; empty otherwise
 */
public record ConnectorOption(String key, Type type, boolean required, boolean secret, String defaultValue, String help,
		List<String> allowedValues) {

	/** Value types. */
	public enum Type {
		STRING, INTEGER, BOOLEAN
	}

	public ConnectorOption {
		Objects.requireNonNull(key);
		Objects.requireNonNull(type);
		Objects.requireNonNull(help);
		allowedValues = List.copyOf(allowedValues);
	}

	public static ConnectorOption string(String key, String defaultValue, String help) {
		return new ConnectorOption(key, Type.STRING, false, false, defaultValue, help, List.of());
	}

	public static ConnectorOption choice(String key, String defaultValue, String help, String... values) {
		return new ConnectorOption(key, Type.STRING, false, false, defaultValue, help, List.of(values));
	}

	public static ConnectorOption integer(String key, String defaultValue, String help) {
		return new ConnectorOption(key, Type.INTEGER, false, false, defaultValue, help, List.of());
	}

	public static ConnectorOption bool(String key, String defaultValue, String help) {
		return new ConnectorOption(key, Type.BOOLEAN, false, false, defaultValue, help, List.of());
	}

	public static ConnectorOption secret(String key, String help) {
		return new ConnectorOption(key, Type.STRING, false, true, null, help, List.of());
	}
}
