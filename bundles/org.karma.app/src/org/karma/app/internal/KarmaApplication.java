package org.karma.app.internal;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.karma.core.KarmaHome;
import org.karma.core.KarmaVersion;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.Credentials;
import org.karma.core.credentials.MasterPassword;
import org.karma.core.credentials.SecureStorageCredentials;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The headless Equinox application {@code org.karma.app}: the {@code karma} command. The
 * returned {@link Integer} becomes the process exit code.
 */
public final class KarmaApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		context.applicationRunning();
		String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> args = raw == null ? List.of() : Arrays.asList(raw);
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		try {
			return run(args, out, err);
		} catch (RuntimeException | LinkageError e) {
			// a bug, not a user error: one readable line, the detail for whoever reports it
			err.println("karma: internal error: " + e + " (please report it with this message)");
			return ExitCode.INTERNAL_ERROR.code();
		}
	}

	/**
	 * Runs a command line in this process's environment; used by the application and by tests.
	 * {@code -eclipse.password FILE} (anywhere on the line; Equinox reads the same argument) names
	 * the master password file of the credential store and is taken out before the command sees
	 * the arguments.
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		List<String> rest = new ArrayList<>();
		Path passwordFile = null;
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equalsIgnoreCase(MasterPassword.ARGUMENT)) {
				if (i + 1 >= args.size()) {
					err.println("karma: " + MasterPassword.ARGUMENT + " needs a FILE (holding the master password)");
					return ExitCode.BAD_INPUT.code();
				}
				passwordFile = Path.of(args.get(++i)).toAbsolutePath();
			} else {
				rest.add(args.get(i));
			}
		}
		Optional<MasterPassword> master = MasterPassword.resolve(passwordFile, System::getenv);
		Cli.Environment environment = new Cli.Environment(KarmaVersion.current(), runtimeDescription(),
				KarmaApplication::home, Path.of("").toAbsolutePath(), connectors(), (home, create) -> {
					if (!create && !Files.exists(Credentials.storeFile(home))) {
						return CredentialStore.EMPTY;
					}
					return SecureStorageCredentials.open(Credentials.storeFile(home), master, false);
				}, System::getenv, KarmaApplication::readSecret);
		return new Cli(environment, out, err).run(rest).code();
	}

	/**
	 * A secret from the user: on a terminal a prompt without echo; otherwise the next line of
	 * stdin without its line break (so {@code printf %s "$PW" | karma credentials set URI} works).
	 * Reads stdin a byte at a time, so a second call gets the second line (the client secret, then
	 * the code, of {@code karma credentials login gdrive}).
	 */
	static char[] readSecret(String prompt) throws IOException {
		Console console = System.console();
		if (console != null) {
			return console.readPassword("%s", prompt);
		}
		java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
		int c;
		boolean any = false;
		while ((c = System.in.read()) >= 0 && c != '\n') {
			any = true;
			line.write(c);
		}
		if (!any && c < 0) {
			return null;
		}
		byte[] bytes = line.toByteArray();
		int length = bytes.length;
		if (length > 0 && bytes[length - 1] == '\r') {
			length--;
		}
		java.nio.CharBuffer chars = java.nio.charset.Charset.defaultCharset()
				.decode(java.nio.ByteBuffer.wrap(bytes, 0, length));
		char[] secret = new char[chars.remaining()];
		chars.get(secret);
		Arrays.fill(bytes, (byte) 0);
		if (chars.hasArray()) {
			Arrays.fill(chars.array(), '\0');
		}
		return secret;
	}

	/**
	 * The connector registry service (filled by declarative services with every installed
	 * connector); outside OSGi an empty registry that knows the declared options of all schemes.
	 */
	public static ConnectorRegistry connectors() {
		Bundle bundle = FrameworkUtil.getBundle(KarmaApplication.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context != null) {
			ServiceReference<ConnectorRegistry> reference = context.getServiceReference(ConnectorRegistry.class);
			if (reference != null) {
				ConnectorRegistry registry = context.getService(reference);
				if (registry != null) {
					return registry;
				}
			}
		}
		return new ConnectorRegistry();
	}

	/**
	 * The state folder: {@code -data DIR} on the command line (the OSGi instance area) when given,
	 * else {@code $KARMA_HOME}, else {@code ~/.karma}.
	 */
	static KarmaHome home() {
		Bundle bundle = FrameworkUtil.getBundle(KarmaApplication.class);
		if (bundle != null && bundle.getBundleContext() != null) {
			BundleContext context = bundle.getBundleContext();
			try {
				for (ServiceReference<Location> reference : context.getServiceReferences(Location.class,
						Location.INSTANCE_FILTER)) {
					Location location = context.getService(reference);
					try {
						if (location != null && location.isSet() && "file".equals(location.getURL().getProtocol())) {
							return KarmaHome.at(Path.of(location.getURL().getPath()));
						}
					} finally {
						context.ungetService(reference);
					}
				}
			} catch (InvalidSyntaxException e) {
				throw new IllegalStateException(e);
			}
		}
		return KarmaHome.ofCurrentProcess();
	}

	static String runtimeDescription() {
		return "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
				+ System.getProperty("java.vendor", "unknown vendor") + "), " + System.getProperty("os.name") + " "
				+ System.getProperty("os.arch");
	}

	@Override
	public void stop() {
		// commands are short-lived; long-running ones (watch) will install their own shutdown handling
	}
}
