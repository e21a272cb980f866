package org.karma.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.api.HashKind;
import org.karma.connector.api.NameRules;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.CredentialStore;
import org.karma.model.ProfileValidator;

/** {@code karma connectors test URI}: the server's answer, or one line and the exit code of the failure. */
class ConnectorsTestCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final ConnectorRegistry registry = new ConnectorRegistry(ProfileValidator.NO_CATALOG);
	/** What the fake server does on connect: null = accept and list three entries. */
	private ConnectorException refusal;
	private final AtomicReference<ConnectionSpec> seen = new AtomicReference<>();

	ConnectorsTestCommandTest() {
		registry.addFactory(new ConnectorFactory() {
			@Override
			public Set<String> schemes() {
				return Set.of("ftp");
			}

			@Override
			public String displayName() {
				return "Fake FTP";
			}

			@Override
			public List<ConnectorOption> options() {
				return List.of(ConnectorOption.secret("password", "Password."));
			}

			@Override
			public String credentialKey(String location) {
				return location.replaceAll("(ftp://[^/]*).*", "$1");
			}

			@Override
			public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
				seen.set(spec);
				if (refusal != null) {
					throw refusal;
				}
				return fakeConnection();
			}
		});
	}

	@SuppressWarnings("unchecked")
	private static Connection fakeConnection() {
		ConnectionFacts facts = new ConnectionFacts(Duration.ofSeconds(1), true, Set.of(HashKind.values()[0]),
				CaseSensitivity.SENSITIVE, NameRules.POSIX, true, false, 4);
		return (Connection) Proxy.newProxyInstance(ConnectorsTestCommandTest.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> switch (method.getName()) {
				case "facts" -> facts;
				case "list" -> {
					for (int i = 0; i < 3; i++) {
						((Consumer<Object>) args[1]).accept(null);
					}
					yield null;
				}
				case "capability" -> Optional.empty();
				case "close" -> null;
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	private ExitCode run(Map<String, String> variables, String... args) {
		Cli.Environment environment = new Cli.Environment("1.2.3", "test", () -> KarmaHome.at(Path.of("/nonexistent/home")),
				Path.of("/work"), registry, (home, create) -> CredentialStore.EMPTY, variables::get, prompt -> null);
		return new Cli(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aServerThatAnswersPrintsItsEntriesAndFacts() {
		assertEquals(ExitCode.OK, run(Map.of("PW", "secret"), "connectors", "test", "ftp://ann@host:2121/docs",
				"--password-env", "PW"), err());
		assertTrue(out().startsWith("ftp://ann@host:2121/docs: connected; 3 entries at the root\n  case: sensitive\n"
				+ "  modification times: 1 s, settable\n"), out());
		assertTrue(out().contains("  max concurrency: 4\n"), out());
		assertEquals("", err());
		assertEquals("secret", new String(seen.get().secrets().get("password").orElseThrow()),
				"the password reached the connection");
		assertTrue(!out().contains("secret"), "no secret printed");
	}

	@Test
	void refusedCredentialsAreCannotConnectWithTheServersReason() {
		refusal = new ConnectorException(ConnectorException.Reason.AUTHENTICATION, null, "530 Login incorrect.");
		assertEquals(ExitCode.CANNOT_CONNECT, run(Map.of(), "connectors", "test", "ftp://ann@host/docs"));
		assertEquals("karma: ftp://ann@host/docs: 530 Login incorrect. (authentication)\n", err());
		assertEquals("", out());
	}

	@Test
	void aMissingRootIsCannotConnectAndJsonSaysWhy() {
		refusal = new ConnectorException(ConnectorException.Reason.NOT_FOUND, null, "'/docs' does not exist");
		assertEquals(ExitCode.CANNOT_CONNECT, run(Map.of(), "connectors", "test", "ftp://ann@host/docs", "--json"));
		assertEquals("{\"location\":\"ftp://ann@host/docs\",\"outcome\":\"not-found\",\"reason\":\"NOT_FOUND\","
				+ "\"message\":\"'/docs' does not exist\"}\n", out());
	}

	@Test
	void badInputIsExitTwoWithOneLine() {
		assertEquals(ExitCode.BAD_INPUT, run(Map.of(), "connectors", "test", "gopher://x/y"));
		assertTrue(err().startsWith("karma: ") && err().indexOf('\n') == err().length() - 1, err());
		err.reset();
		assertEquals(ExitCode.BAD_INPUT, run(Map.of(), "connectors", "test", "smb://host/share"));
		assertEquals("karma: smb://host/share: no connector for 'smb' in this build (see 'karma connectors')\n", err());
		err.reset();
		assertEquals(ExitCode.BAD_INPUT, run(Map.of(), "connectors", "test"));
		assertTrue(err().startsWith("karma: "), err());
	}
}
