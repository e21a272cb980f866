package org.karma.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;

/** Runs a process to completion with a time limit and captures its output. */
final class Proc {

	record Result(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
		}
	}

	private Proc() {
	}

	static Result run(List<String> command, Path workDir, Map<String, String> env, Duration limit)
			throws IOException, InterruptedException {
		return run(command, workDir, env, limit, null);
	}

	/** As {@link #run(List, Path, Map, Duration)} with {@code stdin} as the process's standard input (null: none). */
	static Result run(List<String> command, Path workDir, Map<String, String> env, Duration limit, String stdin)
			throws IOException, InterruptedException {
		Files.createDirectories(workDir);
		Path out = Files.createTempFile(workDir, "out", ".txt");
		Path err = Files.createTempFile(workDir, "err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().putAll(env);
		if (stdin != null) {
			Path in = Files.createTempFile(workDir, "in", ".txt");
			Files.writeString(in, stdin, StandardCharsets.UTF_8);
			builder.redirectInput(in.toFile());
		}
		Process process = builder.start();
		if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			Assertions.fail(command + " did not finish within " + limit + "\n--- stdout\n" + Files.readString(out)
					+ "\n--- stderr\n" + Files.readString(err));
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/** Deletes a folder and everything below it; nothing when it does not exist. */
	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
			for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
				Files.delete(p);
			}
		}
	}

	/** Runs a command of a product's {@code karma} launcher ({@code product} is the product's folder). */
	static Result karma(Path product, Path workDir, Map<String, String> env, Duration limit, String... args)
			throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of(product.resolve("karma").toString()));
		command.addAll(List.of(args));
		return run(command, workDir, env, limit);
	}

	/** Runs a command of a product's {@code karma} launcher with {@code stdin} as its standard input. */
	static Result karmaWithInput(Path product, Path workDir, Map<String, String> env, Duration limit, String stdin,
			String... args) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of(product.resolve("karma").toString()));
		command.addAll(List.of(args));
		return run(command, workDir, env, limit, stdin);
	}

	static Path dir(String property) {
		String value = System.getProperty(property);
		Assertions.assertNotNull(value, "system property " + property + " (set by the pom)");
		Path path = Path.of(value);
		Assertions.assertTrue(Files.exists(path), property + " exists: " + path);
		return path;
	}
}
