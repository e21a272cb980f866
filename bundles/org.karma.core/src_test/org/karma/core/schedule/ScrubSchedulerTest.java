package org.karma.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.karma.core.integrity.IntegrityException;
import org.karma.model.Profiles;
import org.karma.model.profile.SyncProfile;

/** Scrubs on a hand-driven clock and timer: due times, overdue at start, failures, profiles changed or disabled. */
class ScrubSchedulerTest {

	private static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");

	final FakeTime time = new FakeTime(T0, ZoneOffset.UTC);
	final List<String> scrubs = new CopyOnWriteArrayList<>(); // "name@time" or "name failed@time"
	final Map<String, Instant> last = new ConcurrentHashMap<>();
	final Map<String, Boolean> failing = new ConcurrentHashMap<>();
	ScrubScheduler scheduler;

	@AfterEach
	void tearDown() {
		if (scheduler != null) {
			scheduler.close();
		}
	}

	private ScrubScheduler start(SyncProfile... profiles) {
		scheduler = new ScrubScheduler(time, time, Runnable::run, (p, m) -> {
			if (failing.getOrDefault(p.getName(), false)) {
				throw new IntegrityException(IntegrityException.Kind.CANNOT_CONNECT, "server down");
			}
			scrubs.add(p.getName() + "@" + time.instant());
			return Optional.empty();
		}, name -> Optional.ofNullable(last.get(name)), new ScrubScheduler.Listener() {
			@Override
			public void scrubFailed(String profile, IntegrityException failure) {
				scrubs.add(profile + " failed@" + time.instant());
			}
		});
		scheduler.update(List.of(profiles));
		return scheduler;
	}

	private static SyncProfile scrubbed(String name, int days) {
		SyncProfile p = Profiles.create(name, "/tmp/left", "/tmp/right");
		p.getIntegrity().setScrubIntervalDays(days);
		return p;
	}

	@Test
	void scrubsEveryNDaysFromTheLastCheck() {
		last.put("a", T0.minus(Duration.ofDays(1)));
		start(scrubbed("a", 3), scrubbed("off", 0));
		assertEquals(Optional.of(T0.plus(Duration.ofDays(2))), scheduler.nextScrub("a"));
		assertEquals(Optional.empty(), scheduler.nextScrub("off"));
		time.advance(Duration.ofDays(2).minusSeconds(1));
		assertEquals(List.of(), scrubs);
		time.advance(Duration.ofDays(7));
		assertEquals(List.of("a@2026-11-24T00:00:00Z", "a@2026-11-27T00:00:00Z", "a@2026-11-30T00:00:00Z"), scrubs);
	}

	@Test
	void anOverdueScrubRunsAtStartAndANeverCheckedProfileWaitsAFullInterval() {
		last.put("late", T0.minus(Duration.ofDays(30)));
		start(scrubbed("late", 7), scrubbed("new", 7));
		time.advance(Duration.ZERO);
		assertEquals(List.of("late@2026-11-22T00:00:00Z"), scrubs);
		assertEquals(Optional.of(T0.plus(Duration.ofDays(7))), scheduler.nextScrub("new"));
	}

	@Test
	void aFailedScrubIsReportedAndTriedAgainAtTheNextDueTime() {
		failing.put("a", true);
		last.put("a", T0);
		start(scrubbed("a", 1));
		time.advance(Duration.ofDays(1));
		failing.put("a", false);
		time.advance(Duration.ofDays(1));
		assertEquals(List.of("a failed@2026-11-23T00:00:00Z", "a@2026-11-24T00:00:00Z"), scrubs);
	}

	@Test
	void disabledOrChangedProfilesAreRescheduled() {
		last.put("a", T0);
		start(scrubbed("a", 2));
		SyncProfile off = scrubbed("a", 2);
		off.setEnabled(false);
		scheduler.update(List.of(off));
		time.advance(Duration.ofDays(5));
		assertEquals(List.of(), scrubs);
		scheduler.update(List.of(scrubbed("a", 1)));
		// due on day 1, overdue now (day 5): runs at once
		assertEquals(Optional.of(T0.plus(Duration.ofDays(5))), scheduler.nextScrub("a"));
		time.advance(Duration.ZERO);
		assertEquals(List.of("a@2026-11-27T00:00:00Z"), scrubs);
	}
}
