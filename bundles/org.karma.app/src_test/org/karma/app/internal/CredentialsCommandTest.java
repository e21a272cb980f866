package org.karma.app.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.CredentialsException;
import org.karma.model.ProfileValidator;

/** {@code karma credentials}: arguments, key normalisation, and that values never reach the output. */
class CredentialsCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final ConnectorRegistry registry = new ConnectorRegistry(ProfileValidator.NO_CATALOG);
	private final Map<String, Map<String, char[]>> stored = new TreeMap<>();
	private final Map<String, String> variables = new HashMap<>();
	private final List<String> prompts = new ArrayList<>();
	private String input = "s3cret\n";
	private CredentialsException storeFailure;

	CredentialsCommandTest() {
		registry.addFactory(new ConnectorFactory() {
			@Override
			public Set<String> schemes() {
				return Set.of("ftp");
			}

			@Override
			public String displayName() {
				return "Test FTP";
			}

			@Override
			public List<ConnectorOption> options() {
				return List.of(ConnectorOption.secret("password", "The password."));
			}

			@Override
			public String credentialKey(String location) {
				int slash = location.indexOf('/', "ftp://".length());
				return slash < 0 ? location : location.substring(0, slash);
			}

			@Override
			public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) {
				throw new UnsupportedOperationException();
			}
		});
	}

	private final CredentialStore memory = new CredentialStore() {
		@Override
		public void set(String key, String secretName, char[] value) {
			stored.computeIfAbsent(key, k -> new TreeMap<>()).put(secretName, value.clone());
		}

		@Override
		public Optional<char[]> get(String key, String secretName) {
			return Optional.ofNullable(stored.getOrDefault(key, Map.of()).get(secretName));
		}

		@Override
		public boolean remove(String key) {
			return stored.remove(key) != null;
		}

		@Override
		public SortedMap<String, List<String>> list() {
			SortedMap<String, List<String>> list = new TreeMap<>();
			stored.forEach((key, secrets) -> list.put(key, List.copyOf(secrets.keySet())));
			return list;
		}
	};

	private ExitCode run(String... args) {
		out.reset();
		err.reset();
		Cli.Environment environment = new Cli.Environment("1.2.3", "Java 17 (test)",
				() -> KarmaHome.at(Path.of("/nonexistent/karma-home")), Path.of("/work"), registry, (home, create) -> {
					if (storeFailure != null) {
						throw storeFailure;
					}
					return memory;
				}, variables::get, prompt -> {
					prompts.add(prompt);
					return input == null ? null : input.strip().toCharArray();
				});
		return new Cli(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void setStoresUnderTheAccountKeyAndNeverPrintsTheSecret() {
		assertEquals(ExitCode.OK, run("credentials", "set", "ftp://ann@127.0.0.1:2121/some/dir"));
		assertArrayEquals("s3cret".toCharArray(), stored.get("ftp://ann@127.0.0.1:2121").get("password"));
		assertEquals(List.of("Secret 'password' for ftp://ann@127.0.0.1:2121: "), prompts);
		assertEquals("karma: stored password for ftp://ann@127.0.0.1:2121\n", err());
		assertEquals(ExitCode.OK, run("credentials", "list"));
		assertTrue(out().contains("ftp://ann@127.0.0.1:2121  password"), out());
		assertEquals(ExitCode.OK, run("credentials", "list", "--json"));
		assertEquals("[{\"key\":\"ftp://ann@127.0.0.1:2121\",\"secrets\":[\"password\"]}]\n", out());
		assertFalse(out().contains("s3cret") || err().contains("s3cret"));
		assertEquals(ExitCode.OK, run("credentials", "remove", "ftp://ann@127.0.0.1:2121/other"));
		assertTrue(stored.isEmpty());
		assertEquals(ExitCode.OK, run("credentials", "remove", "ftp://ann@127.0.0.1:2121"));
		assertTrue(err().contains("nothing to remove"), err());
	}

	@Test
	void argumentErrorsAreBadInput() {
		assertEquals(ExitCode.BAD_INPUT, run("credentials"));
		assertTrue(err().contains("set, list or remove"), err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "frobnicate"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "ftp://ann@h:21/", "extra-secret-on-the-line"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "ftp://ann@h:21/", "--password", "x"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "ftp://ann@h:21/", "--secret", "token"));
		assertEquals("karma: 'ftp' has no secret 'token'; its secrets: password\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "remove"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "list", "extra"));
		assertTrue(stored.isEmpty());
	}

	@Test
	void unknownSchemeNamesTheKnownOnes() {
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "sftp://ann@h:22/x"));
		assertEquals("karma: no connector for 'sftp' in this build; known schemes: ftp\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "nonsense:thing"));
		assertTrue(err().startsWith("karma: "), err());
	}

	@Test
	void emptyInputStoresNothing() {
		input = null;
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "ftp://ann@h:21/"));
		input = "\n";
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "ftp://ann@h:21/"));
		assertTrue(err().contains("no secret"), err());
		assertTrue(stored.isEmpty());
	}

	@Test
	void storeProblemsMapToExitCodes() {
		storeFailure = new CredentialsException(CredentialsException.Kind.NO_MASTER_PASSWORD, "no master password", null);
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "list"));
		assertEquals("karma: no master password\n", err());
		storeFailure = new CredentialsException(CredentialsException.Kind.WRONG_MASTER_PASSWORD, "wrong", null);
		assertEquals(ExitCode.CANNOT_CONNECT, run("credentials", "set", "ftp://ann@h:21/"));
	}

	@Test
	void passwordEnvMustNameASetVariable() {
		assertEquals(ExitCode.BAD_INPUT, run("sync", "/a", "ftp://ann@h:21/b", "--password-env", "NOT_SET_HERE"));
		assertEquals("karma: --password-env: the environment variable 'NOT_SET_HERE' is not set or empty\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("versions", "list", "ftp://ann@h:21/b", "--password-env", "NOT_SET_HERE"));
	}
}
