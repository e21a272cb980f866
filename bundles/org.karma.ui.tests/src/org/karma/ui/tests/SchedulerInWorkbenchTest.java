package org.karma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.karma.core.KarmaHome;
import org.karma.core.schedule.Timer;
import org.karma.core.settings.KarmaSettings;
import org.karma.core.settings.Setting;
import org.karma.model.Profiles;
import org.karma.model.profile.IntervalUnit;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.ProfilesView;
import org.karma.ui.internal.schedule.WorkbenchScheduler;

/**
 * The scheduler in the workbench (setting {@code scheduler.workbench}): its next runs and live
 * states in the Sync Profiles view and the status line. Time is a fixed clock and a timer that
 * never fires by itself, so the next run time is known; the feeds are fakes that are always up.
 */
class SchedulerInWorkbenchTest {

	private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");

	/** Timer tasks are kept, never run: no scheduled run starts during the test. */
	private final List<Duration> delays = new CopyOnWriteArrayList<>();

	@AfterEach
	void schedulerBackToNormal() {
		WorkbenchScheduler.get().useForTests(null, null, null);
	}

	@Test
	void profilesViewShowsNextRunsAndWatchingWhileTheSettingIsOn() throws Exception {
		Path dir = Files.createTempDirectory("karma-ui-sched");
		KarmaHome home = KarmaHome.at(dir.resolve("home"));
		KarmaServices.setHome(home);
		SyncProfile hourly = profile(dir, "every-30-min");
		hourly.getSchedule().setKind(ScheduleKind.INTERVAL);
		hourly.getSchedule().setInterval(30);
		hourly.getSchedule().setIntervalUnit(IntervalUnit.MINUTES);
		SyncProfile live = profile(dir, "live");
		live.getSchedule().setKind(ScheduleKind.REAL_TIME);
		SyncProfile manual = profile(dir, "by-hand");
		for (SyncProfile p : List.of(hourly, live, manual)) {
			KarmaServices.profiles().create(p);
		}
		WorkbenchScheduler.get().useForTests(Clock.fixed(NOW, ZoneOffset.UTC), () -> new Timer() {
			@Override
			public Task schedule(Duration delay, Runnable task) {
				delays.add(delay);
				return () -> {
				};
			}

			@Override
			public void close() {
			}
		}, (profile, endpoint, listener) -> Optional.of(() -> {
		}));

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProfilesView view = (ProfilesView) page.showView(KarmaUi.PROFILES_VIEW_ID);
		view.refresh();
		UiWait.processEvents();
		assertEquals("—", cell(view, "every-30-min", "Next run"), "scheduler off");
		assertEquals("", cell(view, "live", "State"));

		KarmaSettings.defaults().with(Setting.SCHEDULER_WORKBENCH, "true").save(home);
		WorkbenchScheduler.get().reload();
		UiWait.until("the next run of the interval profile",
				() -> "2030-01-01 10:30".equals(cell(view, "every-30-min", "Next run")));
		// the real-time profile runs once at start (a sync job), then watches
		UiWait.until("the real-time profile watching", () -> "watching".equals(cell(view, "live", "State")));
		UiWait.joinKarmaJobs();
		assertEquals("on change", cell(view, "live", "Next run"));
		assertEquals("—", cell(view, "by-hand", "Next run"));
		assertEquals("", cell(view, "by-hand", "State"));
		assertEquals("", cell(view, "every-30-min", "State"));
		assertEquals("KARMA: watching 3 profiles", WorkbenchScheduler.get().statusText());
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		UiWait.until("the status line item", () -> hasLabel(shell, "KARMA: watching 3 profiles"));
		assertTrue(delays.contains(Duration.ofMinutes(30)), delays.toString());
		// the start run is in the history, noted as the scheduler's
		assertTrue(KarmaServices.history().runs(Optional.of("live"), 10).stream().anyMatch(r -> !r.dryRun()),
				"the real-time profile's start run is in the history");

		KarmaSettings.defaults().with(Setting.SCHEDULER_WORKBENCH, "false").save(home);
		WorkbenchScheduler.get().reload();
		UiWait.until("the scheduler off", () -> "—".equals(cell(view, "every-30-min", "Next run"))
				&& "".equals(cell(view, "live", "State")) && "—".equals(cell(view, "live", "Next run")));
		assertEquals("", WorkbenchScheduler.get().statusText());
		UiWait.until("the status line item cleared", () -> !hasLabel(shell, "KARMA: watching 3 profiles"));
	}

	private static boolean hasLabel(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label && text.equals(label.getText())) {
				return true;
			}
			if (child instanceof Composite c && hasLabel(c, text)) {
				return true;
			}
		}
		return false;
	}

	private static SyncProfile profile(Path dir, String name) throws Exception {
		Path left = Files.createDirectories(dir.resolve(name + "-left"));
		Path right = Files.createDirectories(dir.resolve(name + "-right"));
		Files.writeString(left.resolve("a.txt"), "a");
		return Profiles.create(name, left.toString(), right.toString());
	}

	private static String cell(ProfilesView view, String profile, String column) {
		int index = ProfilesView.COLUMNS.indexOf(column);
		for (TableItem item : view.getViewer().getTable().getItems()) {
			if (item.getText(0).equals(profile)) {
				return item.getText(index);
			}
		}
		return "(no row " + profile + ")";
	}
}
