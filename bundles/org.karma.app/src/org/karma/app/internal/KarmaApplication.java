package org.karma.app.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.karma.core.KarmaVersion;

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

	/** Runs a command line with the installed version; used by the application and by tests. */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		return new Cli(KarmaVersion.current(), runtimeDescription(), out, err).run(args).code();
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
