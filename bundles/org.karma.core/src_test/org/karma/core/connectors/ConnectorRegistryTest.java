package org.karma.core.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.model.OptionSpec;
import org.karma.model.profile.OptionType;

class ConnectorRegistryTest {

	private static ConnectorFactory factory(String scheme, ConnectorOption... options) {
		return new ConnectorFactory() {
			@Override
			public Set<String> schemes() {
				return Set.of(scheme);
			}

			@Override
			public String displayName() {
				return scheme;
			}

			@Override
			public List<ConnectorOption> options() {
				return List.of(options);
			}

			@Override
			public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) {
				throw new UnsupportedOperationException();
			}
		};
	}

	@Test
	void registeredFactoriesDeclareTheOptionsAndFallbackCoversTheRest() {
		ConnectorRegistry registry = new ConnectorRegistry();
		assertTrue(registry.optionsFor("s3").isPresent(), "declared by the fallback until the connector exists");
		ConnectorFactory zip = factory("zip", ConnectorOption.integer("level", "6", "Compression level."),
				ConnectorOption.secret("password", "Archive password."));
		registry.addFactory(zip);
		assertEquals(Set.of("zip"), registry.schemes());
		assertEquals(List.of(new OptionSpec("level", OptionType.INTEGER, false, List.of()),
				new OptionSpec("password", OptionType.STRING, true, List.of())), registry.optionsFor("zip").orElseThrow());
		assertTrue(registry.factory("zip").isPresent());
		registry.removeFactory(zip);
		assertTrue(registry.factory("zip").isEmpty());
		assertTrue(registry.optionsFor("nothing").isEmpty());
	}

	@Test
	void removingAnOldFactoryKeepsItsReplacement() {
		ConnectorRegistry registry = new ConnectorRegistry();
		ConnectorFactory first = factory("file");
		ConnectorFactory second = factory("file");
		registry.addFactory(first);
		registry.addFactory(second);
		registry.removeFactory(first);
		assertEquals(second, registry.factory("file").orElseThrow());
	}
}
