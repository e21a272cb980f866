package org.karma.core.connectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.model.OptionCatalog;
import org.karma.model.OptionSpec;
import org.karma.model.profile.OptionType;

/**
 * The connectors available in this process, by URI scheme. In OSGi it is a declarative-services
 * component that collects every {@link ConnectorFactory} service as connector bundles come and
 * go (OSGI-INF/org.karma.core.connectors.xml); plain tests fill it by hand with
 * {@link #addFactory}.
 *
 * <p>It is also the {@link OptionCatalog} profiles are validated against: a registered
 * connector's own option declarations win; schemes whose connector is not built yet fall back to
 * {@link KnownConnectors}.
 */
public final class ConnectorRegistry implements OptionCatalog {

	private final Map<String, ConnectorFactory> byScheme = new ConcurrentHashMap<>();
	private final OptionCatalog fallback;

	/** A registry whose unregistered schemes fall back to {@link KnownConnectors}. */
	public ConnectorRegistry() {
		this(new KnownConnectors());
	}

	public ConnectorRegistry(OptionCatalog fallback) {
		this.fallback = fallback;
	}

	/** Registers a factory for each of its schemes (DS bind method). */
	public void addFactory(ConnectorFactory factory) {
		for (String scheme : factory.schemes()) {
			byScheme.put(scheme, factory);
		}
	}

	/** Removes a factory (DS unbind method); another factory registered later for a scheme stays. */
	public void removeFactory(ConnectorFactory factory) {
		for (String scheme : factory.schemes()) {
			byScheme.remove(scheme, factory);
		}
	}

	/** The factory for a scheme, if one is registered. */
	public Optional<ConnectorFactory> factory(String scheme) {
		return Optional.ofNullable(byScheme.get(scheme));
	}

	/** Schemes with a registered connector, sorted. */
	public Set<String> schemes() {
		return new TreeSet<>(byScheme.keySet());
	}

	@Override
	public Optional<List<OptionSpec>> optionsFor(String scheme) {
		ConnectorFactory factory = byScheme.get(scheme);
		if (factory == null) {
			return fallback.optionsFor(scheme);
		}
		List<OptionSpec> specs = new ArrayList<>();
		for (ConnectorOption option : factory.options()) {
			specs.add(new OptionSpec(option.key(), type(option.type()), option.secret(), option.allowedValues()));
		}
		return Optional.of(specs);
	}

	private static OptionType type(ConnectorOption.Type type) {
		return switch (type) {
		case STRING -> OptionType.STRING;
		case INTEGER -> OptionType.INTEGER;
		case BOOLEAN -> OptionType.BOOLEAN;
		};
	}
}
