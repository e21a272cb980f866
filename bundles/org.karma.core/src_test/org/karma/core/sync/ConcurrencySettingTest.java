package org.karma.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.karma.core.settings.KarmaSettings;
import org.karma.core.settings.Setting;
import org.karma.model.Profiles;
import org.karma.model.profile.SyncProfile;

class ConcurrencySettingTest {

	@Test
	void overrideThenProfileThenSetting() throws Exception {
		KarmaSettings eight = KarmaSettings.defaults().with(Setting.SYNC_CONCURRENCY, "8");
		SyncProfile profile = Profiles.create("p", "/l", "/r");
		assertEquals(8, SyncOperation.concurrency(profile, null, eight), "the profile leaves it at the model default");
		assertEquals(4, SyncOperation.concurrency(profile, null, KarmaSettings.defaults()));
		profile.setParallelTransfers(2);
		assertEquals(2, SyncOperation.concurrency(profile, null, eight), "the profile's own value wins");
		assertEquals(3, SyncOperation.concurrency(profile, 3, eight), "the caller's override wins");
	}
}
