package org.karma.model;

import java.util.List;
import java.util.Optional;

/**
 * What the validator knows about connectors: which options each URI scheme accepts. Core fills it
 * from the connectors' own declarations; tests pass their own.
 */
@FunctionalInterface
public interface OptionCatalog {

	/** The options of a scheme, or empty when no connector is known for it. */
	Optional<List<OptionSpec>> optionsFor(String scheme);

	/** The option with this key for the scheme, if declared. */
	default Optional<OptionSpec> option(String scheme, String key) {
		return optionsFor(scheme).flatMap(options -> options.stream().filter(o -> o.key().equals(key)).findFirst());
	}
}
