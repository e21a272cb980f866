package org.karma.app.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one subcommand: positionals, {@code --name value} / {@code --name=value}
 * options (repeatable where the command allows) and {@code --flag}s. {@code --} ends the options.
 * Anything not declared is a usage error naming the command.
 */
final class Args {

	private final String command;
	private final List<String> positionals = new ArrayList<>();
	private final Map<String, List<String>> values = new LinkedHashMap<>();

	private Args(String command) {
		this.command = command;
	}

	/**
	 * @param command     e.g. "profile add", for messages
	 * @param withValue   options that take a value (without the leading dashes)
	 * @param flags       options without a value
	 */
	static Args parse(String command, List<String> raw, Set<String> withValue, Set<String> flags) throws UsageException {
		Args args = new Args(command);
		boolean optionsEnded = false;
		for (int i = 0; i < raw.size(); i++) {
			String arg = raw.get(i);
			if (optionsEnded || !arg.startsWith("--") || arg.equals("--")) {
				if (arg.equals("--") && !optionsEnded) {
					optionsEnded = true;
				} else {
					if (!optionsEnded && arg.startsWith("-") && arg.length() > 1) {
						throw new UsageException("unknown option '" + arg + "' for 'karma " + command + "' (see 'karma help "
								+ command.split(" ")[0] + "')");
					}
					args.positionals.add(arg);
				}
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (flags.contains(name)) {
				if (value != null) {
					throw new UsageException("option '--" + name + "' of 'karma " + command + "' takes no value");
				}
				args.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
			} else if (withValue.contains(name)) {
				if (value == null) {
					if (i + 1 >= raw.size()) {
						throw new UsageException("option '--" + name + "' of 'karma " + command + "' needs a value");
					}
					value = raw.get(++i);
				}
				args.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			} else {
				throw new UsageException("unknown option '--" + name + "' for 'karma " + command + "' (see 'karma help "
						+ command.split(" ")[0] + "')");
			}
		}
		return args;
	}

	List<String> positionals() {
		return positionals;
	}

	/** Requires between min and max positionals, naming what is expected. */
	void expectPositionals(int min, int max, String expected) throws UsageException {
		if (positionals.size() < min) {
			throw new UsageException("'karma " + command + "' needs " + expected);
		}
		if (positionals.size() > max) {
			throw new UsageException("unexpected argument '" + positionals.get(max) + "' for 'karma " + command + "'");
		}
	}

	boolean flag(String name) {
		return values.containsKey(name);
	}

	/** The value of a non-repeatable option, or null; given twice is an error. */
	String one(String name) throws UsageException {
		List<String> list = values.get(name);
		if (list == null) {
			return null;
		}
		if (list.size() > 1) {
			throw new UsageException("option '--" + name + "' of 'karma " + command + "' is given more than once");
		}
		return list.get(0);
	}

	/** All values of a repeatable option, in order. */
	List<String> all(String name) {
		return values.getOrDefault(name, List.of());
	}

	/** A required option's value. */
	String required(String name) throws UsageException {
		String value = one(name);
		if (value == null) {
			throw new UsageException("'karma " + command + "' needs --" + name);
		}
		return value;
	}
}
