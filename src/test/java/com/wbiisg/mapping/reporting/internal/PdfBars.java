package com.wbiisg.mapping.reporting.internal;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.assertj.core.api.SoftAssertions;

import static org.assertj.core.api.Assertions.within;

/**
 * Reads the coverage bars of a report's PDF as a reader sees them: every filled area of
 * each page with its colour, as painted (and clipped) by the content stream, in page
 * units (points, y upwards). A bar is a grey track (#eeeeee) with the segments drawn in
 * the coverage colours whose top edge is level with it or below it, down to the next
 * track: a segment that wrapped onto a second line is still counted with its bar, one
 * line lower. The legend's swatches stand above the first track and belong to no bar; the
 * tracks of the funding charts are bars without coverage segments.
 */
public final class PdfBars {

	private static final int TRACK = 0xEEEEEE;

	/**
	 * How far apart in points two edges may be and still meet: a little more than the
	 * renderer's device unit, a twentieth of a pixel (0.0375 pt).
	 */
	private static final double EDGE = 0.05;

	/**
	 * The colours of the segments (report-pdf.css) by coverage level.
	 */
	private static final Map<Integer, String> LEVELS = Map.of(0x2E7D32, "FULL", 0xF0A500, "PARTIAL", 0xC62828, "NONE");

	private PdfBars() {
	}

	/**
	 * The coverage bars of every page, page by page from the top.
	 */
	public static List<Bar> coverageBars(byte[] pdf) throws IOException {
		List<Bar> bars = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (int index = 0; index < document.getNumberOfPages(); index++) {
				bars.addAll(bars(index + 1, fills(document.getPage(index))));
			}
		}
		return bars;
	}

	/**
	 * Checks that the bar of the needs covered, partly covered and not covered is drawn
	 * on one line and filled exactly by its segments: one segment for each part that is
	 * not empty, covered first, each on the track's line and as high as it, each starting
	 * where the one before ends (within a device unit of the renderer, 0.0375 pt), the
	 * first at the track's left edge and the last at its right edge, each as wide as its
	 * share of the track within 0.1 pt.
	 */
	public static void assertOnOneLine(SoftAssertions softly, Bar bar, long covered, long partial, long uncovered) {
		long needs = covered + partial + uncovered;
		String name = "%d needs: %d / %d / %d (page %d)".formatted(needs, covered, partial, uncovered, bar.page());
		List<String> levels = new ArrayList<>();
		List<Long> parts = new ArrayList<>();
		long[] split = { covered, partial, uncovered };
		String[] names = { "FULL", "PARTIAL", "NONE" };
		for (int part = 0; part < split.length; part++) {
			if (split[part] > 0) {
				levels.add(names[part]);
				parts.add(split[part]);
			}
		}
		softly.assertThat(bar.levels()).as(name + ": segments").isEqualTo(levels);
		if (!bar.levels().equals(levels)) {
			return;
		}
		Rectangle2D track = bar.track();
		double left = track.getMinX();
		for (int i = 0; i < levels.size(); i++) {
			Rectangle2D area = bar.segments().get(i).area();
			String segment = name + ": " + levels.get(i);
			softly.assertThat(area.getMaxY()).as(segment + " top").isCloseTo(track.getMaxY(), within(EDGE));
			softly.assertThat(area.getMinY()).as(segment + " bottom").isCloseTo(track.getMinY(), within(EDGE));
			softly.assertThat(area.getMinX()).as(segment + " left edge").isCloseTo(left, within(EDGE));
			softly.assertThat(area.getWidth())
				.as(segment + " width")
				.isCloseTo(track.getWidth() * parts.get(i) / needs, within(0.1));
			left = area.getMaxX();
		}
		softly.assertThat(left).as(name + ": right edge").isCloseTo(track.getMaxX(), within(EDGE));
	}

	private static List<Bar> bars(int page, List<Fill> fills) {
		List<Fill> tracks = fills.stream()
			.filter((fill) -> fill.rgb() == TRACK)
			.sorted(Comparator.comparingDouble((Fill fill) -> -fill.area().getMaxY()))
			.toList();
		List<List<Segment>> segments = new ArrayList<>();
		tracks.forEach((track) -> segments.add(new ArrayList<>()));
		for (Fill fill : fills) {
			String level = LEVELS.get(fill.rgb());
			if (level == null || fill.area().getWidth() < 0.001 || fill.area().getHeight() < 0.001) {
				continue;
			}
			// The lowest track whose top is level with the segment's top or above it.
			for (int i = tracks.size() - 1; i >= 0; i--) {
				if (tracks.get(i).area().getMaxY() >= fill.area().getMaxY() - 0.01) {
					segments.get(i).add(new Segment(level, fill.area()));
					break;
				}
			}
		}
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < tracks.size(); i++) {
			List<Segment> ordered = new ArrayList<>(segments.get(i));
			ordered.sort(Comparator.comparingDouble((Segment segment) -> -segment.area().getMaxY())
				.thenComparingDouble((segment) -> segment.area().getMinX()));
			bars.add(new Bar(page, tracks.get(i).area(), List.copyOf(ordered)));
		}
		return bars;
	}

	private static List<Fill> fills(PDPage page) throws IOException {
		Fills engine = new Fills(page);
		engine.processPage(page);
		return engine.fills;
	}

	/**
	 * A bar: its track and its segments, top line first, left to right.
	 */
	public record Bar(int page, Rectangle2D track, List<Segment> segments) {

		public List<String> levels() {
			return this.segments.stream().map(Segment::level).toList();
		}

	}

	/**
	 * A segment of a bar: its coverage level and the area it fills.
	 */
	public record Segment(String level, Rectangle2D area) {
	}

	private record Fill(int rgb, Rectangle2D area) {
	}

	/**
	 * Collects the bounds of every filled path, clipped to the clipping path in force,
	 * with the colour it is filled with.
	 */
	private static final class Fills extends PDFGraphicsStreamEngine {

		final List<Fill> fills = new ArrayList<>();

		private Rectangle2D path;

		private final Point2D.Float current = new Point2D.Float();

		Fills(PDPage page) {
			super(page);
		}

		private void add(double x, double y) {
			if (this.path == null) {
				this.path = new Rectangle2D.Double(x, y, 0, 0);
			}
			else {
				this.path.add(x, y);
			}
			this.current.setLocation(x, y);
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			for (Point2D point : new Point2D[] { p0, p1, p2, p3 }) {
				add(point.getX(), point.getY());
			}
		}

		@Override
		public void moveTo(float x, float y) {
			add(x, y);
		}

		@Override
		public void lineTo(float x, float y) {
			add(x, y);
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			add(x1, y1);
			add(x2, y2);
			add(x3, y3);
		}

		@Override
		public Point2D getCurrentPoint() {
			return this.current;
		}

		@Override
		public void closePath() {
		}

		@Override
		public void endPath() {
			this.path = null;
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void strokePath() {
			this.path = null;
		}

		@Override
		public void fillPath(int windingRule) throws IOException {
			if (this.path != null) {
				Rectangle2D visible = this.path
					.createIntersection(getGraphicsState().getCurrentClippingPath().getBounds2D());
				Fill fill = new Fill(getGraphicsState().getNonStrokingColor().toRGB(), visible);
				if (visible.getWidth() >= 0 && visible.getHeight() >= 0 && !repeats(fill)) {
					this.fills.add(fill);
				}
			}
			this.path = null;
		}

		/**
		 * Whether the fill paints again, in the same colour, what the fill before it
		 * painted: the renderer paints the background of a positioned box twice in a row,
		 * which shows as once.
		 */
		private boolean repeats(Fill fill) {
			if (this.fills.isEmpty()) {
				return false;
			}
			Fill last = this.fills.get(this.fills.size() - 1);
			Rectangle2D a = last.area();
			Rectangle2D b = fill.area();
			return last.rgb() == fill.rgb() && Math.abs(a.getMinX() - b.getMinX()) < 0.001
					&& Math.abs(a.getMinY() - b.getMinY()) < 0.001 && Math.abs(a.getMaxX() - b.getMaxX()) < 0.001
					&& Math.abs(a.getMaxY() - b.getMaxY()) < 0.001;
		}

		@Override
		public void fillAndStrokePath(int windingRule) throws IOException {
			fillPath(windingRule);
		}

		@Override
		public void drawImage(PDImage image) {
		}

		@Override
		public void shadingFill(COSName shadingName) {
		}

	}

}
