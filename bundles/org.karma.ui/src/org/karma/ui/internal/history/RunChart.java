package org.karma.ui.internal.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.karma.core.history.Run;

/**
 * A small chart painted by hand: bytes (bars, left axis) and duration (line, right axis) of the
 * finished runs of one profile, oldest to newest. Previews and runs still going are left out.
 * {@link #points()} is exactly what is painted.
 */
public final class RunChart {

	/** One run in the chart. */
	public record ChartPoint(long runId, long bytes, long millis) {
	}

	private final Canvas canvas;
	private List<ChartPoint> points = List.of();
	private String empty = "Choose a profile to see its runs.";

	public RunChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.addPaintListener(e -> paint(e.gc));
	}

	public Canvas getControl() {
		return canvas;
	}

	/** The points painted now. */
	public List<ChartPoint> points() {
		return points;
	}

	/** The finished, non-preview runs of {@code runs} (any order) as chart points, oldest first. */
	public static List<ChartPoint> pointsOf(List<Run> runs) {
		List<ChartPoint> result = new ArrayList<>();
		runs.stream().filter(r -> !r.dryRun() && r.end().isPresent()).sorted(Comparator.comparingLong(Run::id))
				.forEach(r -> result.add(new ChartPoint(r.id(), r.bytes(), Duration.between(r.start(), r.end().get()).toMillis())));
		return List.copyOf(result);
	}

	/** Shows these runs (empty list: the message instead). */
	public void setRuns(List<Run> runs, String emptyMessage) {
		points = pointsOf(runs);
		empty = emptyMessage;
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		if (points.isEmpty()) {
			gc.drawText(empty, area.x + 8, area.y + 8, true);
			return;
		}
		long maxBytes = Math.max(1, points.stream().mapToLong(ChartPoint::bytes).max().orElse(1));
		long maxMillis = Math.max(1, points.stream().mapToLong(ChartPoint::millis).max().orElse(1));
		String left = bytes(maxBytes);
		String right = millis(maxMillis);
		Point leftSize = gc.textExtent(left);
		Point rightSize = gc.textExtent(right);
		int lineHeight = leftSize.y;
		int x0 = area.x + leftSize.x + 10;
		int x1 = area.x + area.width - rightSize.x - 10;
		int y0 = area.y + lineHeight + 6;
		int y1 = area.y + area.height - lineHeight - 6;
		if (x1 - x0 < 20 || y1 - y0 < 20) {
			return;
		}
		// axes and their labels
		gc.drawLine(x0, y0, x0, y1);
		gc.drawLine(x1, y0, x1, y1);
		gc.drawLine(x0, y1, x1, y1);
		gc.drawText(left, area.x + 4, y0 - lineHeight / 2, true);
		gc.drawText("0", area.x + 4, y1 - lineHeight / 2, true);
		gc.drawText(right, x1 + 6, y0 - lineHeight / 2, true);
		gc.drawText("0", x1 + 6, y1 - lineHeight / 2, true);
		gc.drawText("bytes (bars)", x0 + 4, area.y + 2, true);
		String durationTitle = "duration (line)";
		gc.drawText(durationTitle, x1 - gc.textExtent(durationTitle).x - 4, area.y + 2, true);
		int slot = (x1 - x0) / points.size();
		int[] line = new int[points.size() * 2];
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		for (int i = 0; i < points.size(); i++) {
			ChartPoint p = points.get(i);
			int cx = x0 + slot * i + slot / 2;
			int barHeight = (int) ((y1 - y0) * p.bytes() / maxBytes);
			int barWidth = Math.max(2, slot / 2);
			gc.fillRectangle(cx - barWidth / 2, y1 - barHeight, barWidth, barHeight);
			line[2 * i] = cx;
			line[2 * i + 1] = y1 - (int) ((y1 - y0) * p.millis() / maxMillis);
			String label = "#" + p.runId();
			int labelWidth = gc.textExtent(label).x;
			if (labelWidth < slot) {
				gc.drawText(label, cx - labelWidth / 2, y1 + 3, true);
			}
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
		gc.setLineWidth(2);
		if (points.size() == 1) {
			gc.drawOval(line[0] - 3, line[1] - 3, 6, 6);
		} else {
			gc.drawPolyline(line);
		}
		gc.setLineWidth(1);
	}

	static String bytes(long n) {
		if (n < 1024) {
			return n + " B";
		}
		double v = n;
		String[] units = { "KiB", "MiB", "GiB", "TiB" };
		int u = -1;
		while (v >= 1024 && u < units.length - 1) {
			v /= 1024;
			u++;
		}
		return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
	}

	static String millis(long ms) {
		return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
	}
}
