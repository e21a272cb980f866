package org.karma.model;

import java.util.List;
import java.util.Objects;

import org.karma.model.profile.OptionType;

/**
 * A connector option as the validator needs to know it: key, value type, allowed values (empty:
 * any), and whether it is a secret (secrets are refused in profiles and URIs).
 */
public record OptionSpec(String key, OptionType type, boolean secret, List<String> allowedValues) {

	public OptionSpec {
		Objects.requireNonNull(key);
		Objects.requireNonNull(type);
		allowedValues = List.copyOf(allowedValues);
	}

	/**
	 * Checks a value typed by a user and returns it in canonical form.
	 *
	 * @throws IllegalArgumentException with a message naming the option and what is allowed
	 */
	public String canonical(String value) {
		String v = value == null ? "" : value.strip();
		switch (type) {
		case INTEGER:
			try {
				return Long.toString(Long.parseLong(v));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("option '" + key + "' must be a whole number, got '" + value + "'");
			}
		case BOOLEAN:
			if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1")) {
				return "true";
			}
			if (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no") || v.equals("0")) {
				return "false";
			}
			throw new IllegalArgumentException("option '" + key + "' must be true or false, got '" + value + "'");
		default:
			if (!allowedValues.isEmpty() && !allowedValues.contains(v)) {
				throw new IllegalArgumentException("option '" + key + "' must be one of " + String.join(", ", allowedValues)
						+ ", got '" + value + "'");
			}
			return v;
		}
	}
}
