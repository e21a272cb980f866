package org.karma.engine.tests.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.karma.engine.versions.RetentionSettings;
import org.karma.engine.versions.RetentionSettings.Kind;
import org.karma.model.profile.ProfileFactory;
import org.karma.model.profile.VersioningKind;
import org.karma.model.profile.VersioningPolicy;

/** Settings built from a profile's versioning policy. */
class RetentionSettingsFromProfileTest {

	private static VersioningPolicy policy(VersioningKind kind) {
		VersioningPolicy p = ProfileFactory.eINSTANCE.createVersioningPolicy();
		p.setKind(kind);
		return p;
	}

	@Test
	void defaultsOfTheModel() {
		assertEquals(new RetentionSettings(Kind.KEEP_LAST, 10, 0, -1),
				RetentionSettings.of(ProfileFactory.eINSTANCE.createVersioningPolicy()));
	}

	@Test
	void eachKind() {
		VersioningPolicy p = policy(VersioningKind.KEEP_LAST);
		p.setCount(3);
		p.setMaxTotalSizeBytes(1_000_000);
		assertEquals(new RetentionSettings(Kind.KEEP_LAST, 3, 0, 1_000_000), RetentionSettings.of(p));

		p = policy(VersioningKind.BY_AGE);
		p.setMaxAgeDays(7);
		assertEquals(new RetentionSettings(Kind.BY_AGE, 0, 7, -1), RetentionSettings.of(p));

		p = policy(VersioningKind.STAGGERED);
		p.setMaxAgeDays(7);
		assertEquals(new RetentionSettings(Kind.STAGGERED, 0, 0, -1), RetentionSettings.of(p),
				"maxAgeDays is documented for BY_AGE only");

		p = policy(VersioningKind.NONE);
		p.setMaxTotalSizeBytes(5);
		p.unsetMaxTotalSizeBytes();
		assertEquals(new RetentionSettings(Kind.NONE, 0, 0, -1), RetentionSettings.of(p));
	}
}
