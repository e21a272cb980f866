package org.karma.app.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.karma.core.KarmaHome;
import org.karma.core.settings.KarmaSettings;
import org.karma.core.settings.Setting;
import org.karma.core.settings.SettingsException;

/**
 * {@code karma settings [list] | get KEY | set KEY VALUE | reset KEY}: the settings of the KARMA
 * home ({@code $KARMA_HOME/settings.properties}), the same the workbench's preference page edits.
 */
final class SettingsCommand {

	static final String SYNOPSIS = "settings [list | get KEY | set KEY VALUE | reset KEY]";

	private final KarmaHome home;
	private final PrintStream out;
	private final PrintStream err;

	SettingsCommand(KarmaHome home, PrintStream out, PrintStream err) {
		this.home = home;
		this.out = out;
		this.err = err;
	}

	ExitCode run(List<String> raw) throws UsageException {
		String action = raw.isEmpty() ? "list" : raw.get(0);
		List<String> rest = raw.isEmpty() ? List.of() : raw.subList(1, raw.size());
		Args args;
		switch (action) {
		case "list":
			Args.parse("settings list", rest, Set.of(), Set.of()).expectPositionals(0, 0, "no arguments");
			KarmaSettings all = load();
			Table table = new Table("KEY", "VALUE", "DEFAULT", "ALLOWED", "DESCRIPTION");
			for (Setting s : Setting.values()) {
				table.add(s.key(), all.get(s), s.defaultValue(), s.allowed(), s.description());
			}
			table.print(out);
			return ExitCode.OK;
		case "get":
			args = Args.parse("settings get", rest, Set.of(), Set.of());
			args.expectPositionals(1, 1, "a KEY: karma settings get KEY");
			Setting got = setting(args.positionals().get(0));
			out.println(load().get(got));
			return ExitCode.OK;
		case "set":
			args = Args.parse("settings set", rest, Set.of(), Set.of());
			args.expectPositionals(2, 2, "a KEY and a VALUE: karma settings set KEY VALUE");
			Setting set = setting(args.positionals().get(0));
			KarmaSettings changed;
			try {
				changed = load().with(set, args.positionals().get(1));
			} catch (SettingsException e) {
				throw new UsageException(e.getMessage());
			}
			if (!save(changed)) {
				return ExitCode.ITEMS_FAILED;
			}
			err.println("Set " + set.key() + " = " + changed.get(set) + " (" + KarmaSettings.file(home) + ")");
			return ExitCode.OK;
		case "reset":
			args = Args.parse("settings reset", rest, Set.of(), Set.of());
			args.expectPositionals(1, 1, "a KEY: karma settings reset KEY");
			Setting reset = setting(args.positionals().get(0));
			if (!save(load().reset(reset))) {
				return ExitCode.ITEMS_FAILED;
			}
			err.println("Reset " + reset.key() + " to its default " + reset.defaultValue());
			return ExitCode.OK;
		default:
			throw new UsageException("unknown settings action '" + action + "'; use list, get, set or reset");
		}
	}

	private static Setting setting(String key) throws UsageException {
		return Setting.byKey(key).orElseThrow(() -> new UsageException("unknown setting '" + key
				+ "' (see 'karma settings list')"));
	}

	private KarmaSettings load() throws UsageException {
		try {
			return KarmaSettings.load(home);
		} catch (SettingsException e) {
			throw new UsageException(e.getMessage() + "; fix the file or delete it to go back to the defaults");
		}
	}

	/** Writes the file; false (after saying why) when it cannot be written. */
	private boolean save(KarmaSettings settings) {
		try {
			settings.save(home);
			return true;
		} catch (SettingsException e) {
			err.println("karma: " + e.getMessage());
			return false;
		}
	}
}
