package org.karma.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KarmaHomeTest {

	@Test
	void defaultsToDotKarmaInUserHome() {
		KarmaHome home = KarmaHome.resolve(Map.of(), "/home/ann");
		assertEquals(Path.of("/home/ann/.karma"), home.root());
		assertEquals(Path.of("/home/ann/.karma/profiles"), home.profiles());
		assertEquals(Path.of("/home/ann/.karma/state"), home.state());
		assertEquals(Path.of("/home/ann/.karma/logs"), home.logs());
	}

	@Test
	void environmentVariableMovesEverything() {
		KarmaHome home = KarmaHome.resolve(Map.of("KARMA_HOME", "/srv/karma/../karma2"), "/home/ann");
		assertEquals(Path.of("/srv/karma2"), home.root());
		assertEquals(Path.of("/srv/karma2/profiles"), home.profiles());
	}

	@Test
	void relativeOrEmptyHomeIsRejectedWithTheVariableNamed() {
		IllegalArgumentException relative = assertThrows(IllegalArgumentException.class,
				() -> KarmaHome.resolve(Map.of("KARMA_HOME", "karma"), "/home/ann"));
		assertEquals("KARMA_HOME must be an absolute path, got 'karma'", relative.getMessage());
		IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
				() -> KarmaHome.resolve(Map.of("KARMA_HOME", " "), "/home/ann"));
		assertEquals("KARMA_HOME is set but empty", empty.getMessage());
	}

	@Test
	void missingUserHomeAsksForTheVariable() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> KarmaHome.resolve(Map.of(), ""));
		assertEquals("cannot locate the user's home folder; set KARMA_HOME", e.getMessage());
	}

	@Test
	void versionOutsideOsgiIsMarkedUnbundled() {
		assertEquals(KarmaVersion.UNKNOWN, KarmaVersion.current());
	}
}
