package org.karma.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import java.nio.file.Path;

import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.model.ProfileValidator;

class CliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final ConnectorRegistry registry = new ConnectorRegistry(ProfileValidator.NO_CATALOG);

	private ExitCode run(String... args) {
		Cli.Environment environment = new Cli.Environment("1.2.3.qualifier", "Java 17 (test), Linux amd64",
				() -> KarmaHome.at(Path.of("/nonexistent/karma-home")), Path.of("/work"), registry);
		Cli cli = new Cli(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return cli.run(List.of(args));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionPrintsVersionAndRuntime() {
		for (String flag : List.of("--version", "-V", "version")) {
			out.reset();
			assertEquals(ExitCode.OK, run(flag), flag);
			assertEquals("karma 1.2.3.qualifier\nJava 17 (test), Linux amd64\n", out(), flag);
			assertEquals("", err(), flag);
		}
	}

	@Test
	void helpListsEveryCommandAndExitCode() {
		assertEquals(ExitCode.OK, run("--help"));
		String help = out();
		assertTrue(help.startsWith("KARMA - Keep All Records Mirrored Automatically\n"), help);
		for (String command : Cli.COMMANDS.keySet()) {
			assertTrue(help.contains("\n  " + command + " "), "help lists " + command + ":\n" + help);
		}
		assertTrue(help.contains("  130  cancelled"), help);
		assertTrue(help.contains("    2  bad input"), help);
		assertEquals("", err());
	}

	@Test
	void unknownOptionIsOneLineOnStderrWithExitTwo() {
		assertEquals(ExitCode.BAD_INPUT, run("--no-such-flag"));
		assertEquals("karma: unknown option '--no-such-flag' (see 'karma --help')\n", err());
		assertEquals("", out());
	}

	@Test
	void unknownCommandIsBadInput() {
		assertEquals(ExitCode.BAD_INPUT, run("frobnicate"));
		assertEquals("karma: unknown command 'frobnicate' (see 'karma --help')\n", err());
	}

	@Test
	void noArgumentsIsBadInput() {
		assertEquals(ExitCode.BAD_INPUT, run());
		assertEquals("karma: no command given (see 'karma --help')\n", err());
	}

	@Test
	void extraArgumentAfterVersionIsRejected() {
		assertEquals(ExitCode.BAD_INPUT, run("--version", "now"));
		assertEquals("karma: unexpected argument 'now' after '--version'\n", err());
		assertEquals("", out());
	}

	@Test
	void checkWithoutASubcommandIsBadInputInOneLine() {
		assertEquals(ExitCode.BAD_INPUT, run("check"));
		assertEquals(69, ExitCode.NOT_AVAILABLE.code(), "exit codes never change meaning");
		assertEquals("karma: 'karma check' needs keygen, create, verify, diff or list (see 'karma help check')\n", err());
	}

	@Test
	void watchOfAnUnknownProfileIsBadInputInOneLine() {
		assertEquals(ExitCode.BAD_INPUT, run("watch", "no-such-profile"));
		assertTrue(err().startsWith("karma: ") && err().contains("no-such-profile") && err().indexOf('\n') == err().length() - 1,
				err());
		assertEquals("", out());
	}

	@Test
	void helpForOneCommand() {
		assertEquals(ExitCode.OK, run("help", "sync"));
		assertTrue(out().startsWith("usage: karma sync --profile NAME"), out());
		assertEquals(ExitCode.OK, run("check", "--help"));
		out.reset();
		assertEquals(ExitCode.OK, run("help", "profile"));
		assertTrue(out().startsWith("usage: karma profile add NAME --left URI --right URI"), out());
		assertTrue(out().endsWith("manage sync profiles\n"), out());
	}

	@Test
	void connectorsListsInstalledAndMissingSchemes() {
		registry.addFactory(new ConnectorFactory() {
			@Override
			public Set<String> schemes() {
				return Set.of("zip");
			}

			@Override
			public String displayName() {
				return "Test archive";
			}

			@Override
			public List<ConnectorOption> options() {
				return List.of(ConnectorOption.integer("concurrency", "16", "Operations at the same time."),
						ConnectorOption.secret("password", "Archive password."));
			}

			@Override
			public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) {
				throw new UnsupportedOperationException();
			}
		});
		assertEquals(ExitCode.OK, run("connectors"));
		assertTrue(out().startsWith("file     (not available in this build)\nzip      Test archive\n"
				+ "  concurrency            integer    Operations at the same time. (default 16)\n"
				+ "  password               string     Archive password. [secret: karma credentials]\n"), out());
		out.reset();
		assertEquals(ExitCode.OK, run("connectors", "--json"));
		assertTrue(out().startsWith("[{\"scheme\":\"file\",\"installed\":false},{\"scheme\":\"zip\",\"installed\":true,\"name\":\"Test archive\""), out());
	}

	@Test
	void exitCodesAreDistinct() {
		long distinct = java.util.Arrays.stream(ExitCode.values()).mapToInt(ExitCode::code).distinct().count();
		assertEquals(ExitCode.values().length, distinct);
	}
}
