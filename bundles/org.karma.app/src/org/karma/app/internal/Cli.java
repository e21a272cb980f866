package org.karma.app.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.profiles.ProfileStore;
import org.karma.model.OptionCatalog;

/**
 * The {@code karma} command line: parses the arguments, runs the command, and returns the exit
 * code. Pure Java with its streams and facts passed in, so it runs the same inside the Equinox
 * application and in a plain unit test.
 *
 * <p>Conventions: options are {@code --long} (a few have a one-letter {@code -x} form); a user
 * error prints exactly one line {@code karma: <problem>} on stderr and exits with 2; output meant
 * for scripts goes to stdout, everything else to stderr.
 */
public final class Cli {

	/** A subcommand of the plan with its one-line summary and whether this build has it. */
	record Command(String name, String synopsis, String summary, boolean available) {
	}

	/** Every subcommand KARMA will have, in the order the help lists them. */
	static final Map<String, Command> COMMANDS = commands(
			new Command("profile", ProfileCommand.USAGE.substring("usage: karma ".length()), "manage sync profiles", true),
			new Command("connectors", ConnectorsCommand.SYNOPSIS,
					"list the connectors of this build and their options; test a connection", true),
			new Command("sync", SyncCommand.SYNOPSIS, "preview or run a synchronization", true),
			new Command("history", HistoryCommand.SYNOPSIS, "list past runs and their items", true),
			new Command("versions", VersionsCommand.SYNOPSIS, "list and restore archived file versions", true),
			new Command("credentials", CredentialsCommand.SYNOPSIS,
					"store secrets in secure storage; OAuth login to dropbox, gdrive", true),
			new Command("settings", SettingsCommand.SYNOPSIS, "show and change the settings of the KARMA home", true),
			new Command("watch", WatchCommand.SYNOPSIS, "run schedules and real-time sync in the foreground", true),
			new Command("check", CheckCommand.SYNOPSIS, "integrity manifests: create, verify, diff (signed, bitrot found)",
					true));

	/**
	 * What a command may need from its surroundings, passed in so tests control all of it.
	 *
	 * @param version          product version shown by {@code --version}
	 * @param runtime          one line describing the Java runtime and OS, shown by {@code --version}
	 * @param home             where state lives; asked only by commands that need it (a bad
	 *                         KARMA_HOME is then reported as bad input)
	 * @param workingDirectory what relative paths on the command line are relative to
	 * @param connectors       the installed connectors; also the options each scheme accepts
	 */
	public record Environment(String version, String runtime, Supplier<KarmaHome> home, Path workingDirectory,
			ConnectorRegistry connectors, StoreOpener credentials, Function<String, String> variables,
			SecretInput secretInput) {
		public Environment {
			Objects.requireNonNull(version);
			Objects.requireNonNull(runtime);
			Objects.requireNonNull(home);
			Objects.requireNonNull(workingDirectory);
			Objects.requireNonNull(connectors);
			Objects.requireNonNull(credentials);
			Objects.requireNonNull(variables);
			Objects.requireNonNull(secretInput);
		}

		/** Without credential store, environment variables or secret input (tests of other commands). */
		public Environment(String version, String runtime, Supplier<KarmaHome> home, Path workingDirectory,
				ConnectorRegistry connectors) {
			this(version, runtime, home, workingDirectory, connectors, (h, create) -> {
				throw new CredentialsException(CredentialsException.Kind.NO_MASTER_PASSWORD,
						"no credential store in this environment", null);
			}, name -> null, prompt -> null);
		}

		/** The option catalog profiles are validated against. */
		public OptionCatalog catalog() {
			return connectors;
		}
	}

	/** Opens the credential store of a KARMA home. */
	@FunctionalInterface
	public interface StoreOpener {
		/**
		 * @param create false: a store that does not exist yet is read as empty (and needs no master
		 *               password); true: it is created
		 */
		CredentialStore open(KarmaHome home, boolean create) throws CredentialsException;
	}

	/** Reads a secret from the user: a prompt without echo on a terminal, else the first line of stdin. */
	@FunctionalInterface
	public interface SecretInput {
		/** The secret, or null at the end of input. */
		char[] read(String prompt) throws java.io.IOException;
	}

	private final Environment environment;
	private final String version;
	private final PrintStream out;
	private final PrintStream err;

	public Cli(Environment environment, PrintStream out, PrintStream err) {
		this.environment = Objects.requireNonNull(environment);
		this.version = environment.version();
		this.out = Objects.requireNonNull(out);
		this.err = Objects.requireNonNull(err);
	}

	/** Runs one command line and returns its exit code; never throws for user errors. */
	public ExitCode run(List<String> args) {
		try {
			return dispatch(args);
		} catch (UsageException e) {
			err.println("karma: " + e.getMessage());
			return ExitCode.BAD_INPUT;
		} finally {
			out.flush();
			err.flush();
		}
	}

	private ExitCode dispatch(List<String> args) throws UsageException {
		if (args.isEmpty()) {
			throw new UsageException("no command given (see 'karma --help')");
		}
		String first = args.get(0);
		switch (first) {
		case "--version", "-V", "version":
			expectNoMore(args, 1, first);
			out.println("karma " + version);
			out.println(environment.runtime());
			return ExitCode.OK;
		case "--help", "-h", "help":
			if (args.size() > 1 && !args.get(1).startsWith("-")) {
				return helpFor(args.get(1));
			}
			expectNoMore(args, 1, first);
			printUsage(out);
			return ExitCode.OK;
		default:
			break;
		}
		if (first.startsWith("-")) {
			throw new UsageException("unknown option '" + first + "' (see 'karma --help')");
		}
		Command command = COMMANDS.get(first);
		if (command == null) {
			throw new UsageException("unknown command '" + first + "' (see 'karma --help')");
		}
		if (args.size() > 1 && (args.get(1).equals("--help") || args.get(1).equals("-h"))) {
			return helpFor(first);
		}
		List<String> rest = args.subList(1, args.size());
		return switch (command.name()) {
		case "profile" -> new ProfileCommand(profileStore(), environment.catalog(), environment.workingDirectory(), out, err)
				.run(rest);
		case "connectors" -> new ConnectorsCommand(environment.connectors(), out)
				.forTesting(err, environment.workingDirectory(), credentials()).run(rest);
		case "sync" -> new SyncCommand(home(), profileStore(), environment.connectors(), environment.workingDirectory(), out,
				err).withCredentials(credentials()).run(rest);
		case "history" -> new HistoryCommand(home(), java.time.ZoneId.systemDefault(), out, err).run(rest);
		case "versions" -> new VersionsCommand(profileStore(), environment.connectors(), environment.workingDirectory(), out,
				err).withCredentials(credentials()).run(rest);
		case "watch" -> new WatchCommand(home(), profileStore(), environment.connectors(), out, err)
				.withCredentials(credentials()).run(rest);
		case "credentials" -> new CredentialsCommand(credentials(), environment.connectors(), environment.secretInput(),
				environment.variables(), out, err).run(rest);
		case "settings" -> new SettingsCommand(home(), out, err).run(rest);
		case "check" -> new CheckCommand(home(), environment.connectors(), environment.workingDirectory(), out, err,
				Interrupts.system()).withCredentials(credentials()).run(rest);
		default -> notAvailable(command);
		};
	}

	private KarmaHome home() throws UsageException {
		try {
			return environment.home().get();
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private CredentialsAccess credentials() {
		return new CredentialsAccess(environment.home(), environment.credentials(), environment.variables());
	}

	private ProfileStore profileStore() throws UsageException {
		return new ProfileStore(home().profiles(), environment.catalog());
	}

	private ExitCode helpFor(String name) throws UsageException {
		Command command = COMMANDS.get(name);
		if (command == null) {
			throw new UsageException("unknown command '" + name + "' (see 'karma --help')");
		}
		out.println("usage: karma " + command.synopsis());
		out.println();
		out.println(command.summary() + (command.available() ? "" : " (not yet available in this build)"));
		return ExitCode.OK;
	}

	private ExitCode notAvailable(Command command) {
		err.println("karma: '" + command.name() + "' is not available yet in KARMA " + version
				+ " (see 'karma --help')");
		return ExitCode.NOT_AVAILABLE;
	}

	private static void expectNoMore(List<String> args, int used, String option) throws UsageException {
		if (args.size() > used) {
			throw new UsageException("unexpected argument '" + args.get(used) + "' after '" + option + "'");
		}
	}

	private void printUsage(PrintStream stream) {
		stream.println("KARMA - Keep All Records Mirrored Automatically");
		stream.println();
		stream.println("usage: karma [--version] [--help] <command> [<args>]");
		stream.println();
		stream.println("commands:");
		for (Command command : COMMANDS.values()) {
			stream.printf("  %-12s %s%s%n", command.name(), command.summary(),
					command.available() ? "" : " (not yet)");
		}
		stream.println();
		stream.println("options:");
		stream.println("  -h, --help     show this help; 'karma help <command>' for one command");
		stream.println("  -V, --version  show the version");
		stream.println();
		stream.println("exit codes:");
		for (ExitCode code : ExitCode.values()) {
			stream.printf("  %3d  %s%n", code.code(), describe(code));
		}
		stream.println();
		stream.println("State lives in $KARMA_HOME (default ~/.karma). Documentation: docs/cli.md");
	}

	static String describe(ExitCode code) {
		return switch (code) {
		case OK -> "success";
		case ITEMS_FAILED -> "some items failed";
		case BAD_INPUT -> "bad input (option, argument, profile, URI)";
		case CONFLICTS -> "unresolved conflicts";
		case SAFETY_ABORT -> "safety abort (delete guard, missing root)";
		case CANNOT_CONNECT -> "cannot connect or authenticate";
		case VERIFICATION_FAILED -> "signature or manifest verification failed";
		case NOT_AVAILABLE -> "command not available in this build";
		case INTERNAL_ERROR -> "internal error (see the log)";
		case CANCELLED -> "cancelled";
		};
	}

	private static Map<String, Command> commands(Command... commands) {
		Map<String, Command> map = new LinkedHashMap<>();
		for (Command command : commands) {
			map.put(command.name(), command);
		}
		return map;
	}
}
