package org.jointplan.bundle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jointplan.domain.Action;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.Status;
import org.jointplan.domain.StatusSummary;
import org.jointplan.domain.UkDates;

/**
 * timeline.png: a Gantt-style picture of the plan for partners without JointPlan. One lane per priority, a bar per
 * action coloured by its BRAG status and labelled with the status in words (colour is never the only carrier), and
 * the plan's BRAG key (its own words) at the top. Drawn into a BufferedImage, which needs no display. A lane shows its first actions by
 * start date; the rest are counted, and listed in summary.html.
 */
final class TimelinePicture {
    static final int WIDTH = 1600;
    static final int MAX_ROWS_PER_LANE = 12;
    static final int MAX_LANES = 20;
    private static final int MARGIN = 24;
    private static final int LABEL_WIDTH = 420;
    private static final int ROW = 26;
    private static final int BAR = 20;
    private static final int HEAD = 130;
    private static final List<Status> KEY_ORDER = List.of(Status.COMPLETE, Status.ON_TRACK, Status.AT_RISK,
            Status.OFF_TRACK, Status.NOT_STARTED);
    /** The same colours as the window (jointplan.css): each carries white text at 4.5:1 or better. */
    static final Map<Status, Color> COLOURS = Map.of(
            Status.COMPLETE, new Color(0x1d5fb4), Status.ON_TRACK, new Color(0x1f7a3a),
            Status.AT_RISK, new Color(0xb35c00), Status.OFF_TRACK, new Color(0xb3261e),
            Status.NOT_STARTED, new Color(0x5f6368));
    private static final Color INK = new Color(0x1b1f24);
    private static final Color RULE = new Color(0xd0d5db);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private TimelinePicture() {
    }

    static byte[] png(PlanData data, LocalDate today) {
        List<Priority> lanes = data.priorities().stream().sorted(Comparator.comparingInt(Priority::order))
                .limit(MAX_LANES).toList();
        int rows = lanes.stream().mapToInt(p -> 1 + Math.min(data.actionsOf(p.id()).size(), MAX_ROWS_PER_LANE + 1))
                .sum();
        BufferedImage image = new BufferedImage(WIDTH, HEAD + rows * ROW + 2 * MARGIN, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            Scale scale = Scale.of(data, LABEL_WIDTH + MARGIN, WIDTH - MARGIN);
            header(g, data, today);
            axis(g, scale, image.getHeight());
            int y = HEAD + MARGIN;
            for (Priority lane : lanes) {
                y = lane(g, data, lane, scale, y, today);
            }
            if (today != null && scale.contains(today)) {
                g.setColor(INK);
                g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
                int x = scale.x(today);
                g.drawLine(x, HEAD + MARGIN - 8, x, image.getHeight() - MARGIN);
                g.setFont(BOLD);
                g.drawString("Today", x + 4, HEAD + MARGIN - 10);
            }
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static void header(Graphics2D g, PlanData data, LocalDate today) {
        g.setColor(INK);
        g.setFont(TITLE);
        g.drawString(fit(g, data.plan().title(), WIDTH - 2 * MARGIN), MARGIN, MARGIN + 20);
        g.setFont(TEXT);
        g.drawString("Financial year " + data.plan().financialYear().label() + "  ·  "
                + UkDates.prose(data.plan().start()) + " to " + UkDates.prose(data.plan().end())
                + (today == null ? "" : "  ·  as at " + UkDates.prose(today)), MARGIN, MARGIN + 46);
        int x = MARGIN;
        g.setFont(BOLD);
        g.drawString("Key:", x, MARGIN + 80);
        x += 48;
        int room = (WIDTH - MARGIN - x) / 5 - 36;
        List<String> labels = keyLabels(data);
        for (int i = 0; i < KEY_ORDER.size(); i++) {
            Status s = KEY_ORDER.get(i);
            String label = fit(g, labels.get(i), room);
            int w = g.getFontMetrics(BOLD).stringWidth(label) + 20;
            g.setColor(COLOURS.get(s));
            g.fillRect(x, MARGIN + 62, w, BAR + 4);
            g.setColor(Color.WHITE);
            g.drawString(label, x + 10, MARGIN + 80);
            x += w + 16;
        }
    }

    /** The key as printed, in the plan's words: "Blue: Complete", "Green: On track", … */
    static List<String> keyLabels(PlanData data) {
        return KEY_ORDER.stream().map(s -> s.bragColour() + ": " + data.plan().bragKey().label(s)).toList();
    }

    private static void axis(Graphics2D g, Scale scale, int height) {
        g.setFont(TEXT);
        for (LocalDate month = scale.start.withDayOfMonth(1); !month.isAfter(scale.end); month = month.plusMonths(1)) {
            if (!scale.contains(month)) {
                continue;
            }
            int x = scale.x(month);
            boolean quarter = FinancialYear.quarterOf(month) != FinancialYear.quarterOf(month.minusMonths(1));
            g.setColor(quarter ? RULE.darker() : RULE);
            g.drawLine(x, HEAD + MARGIN - 24, x, height - MARGIN);
            String label = FinancialYear.quarterLabel(month);
            if (quarter && scale.pixelsPerDay() * 90 > 90
                    && x + 4 + g.getFontMetrics().stringWidth(label) <= WIDTH - MARGIN) {
                g.setColor(INK);
                g.drawString(label, x + 4, HEAD + MARGIN - 10);
            }
        }
    }

    private static int lane(Graphics2D g, PlanData data, Priority lane, Scale scale, int y, LocalDate today) {
        List<Action> actions = data.actionsOf(lane.id()).stream()
                .sorted(Comparator.comparing(Action::start).thenComparing(Action::due).thenComparing(Action::title))
                .toList();
        g.setColor(new Color(0xeef1f4));
        g.fillRect(MARGIN, y, WIDTH - 2 * MARGIN, ROW);
        g.setColor(INK);
        g.setFont(BOLD);
        String summary = StatusSummary.of(actions, today == null ? LocalDate.now() : today)
                .describe(data.plan().bragKey());
        g.drawString(fit(g, lane.order() + ". " + lane.name() + "  -  " + summary, WIDTH - 2 * MARGIN - 12),
                MARGIN + 6, y + 18);
        y += ROW;
        g.setFont(TEXT);
        for (Action a : actions.subList(0, Math.min(actions.size(), MAX_ROWS_PER_LANE))) {
            g.setColor(INK);
            g.drawString(fit(g, a.title(), LABEL_WIDTH - 12), MARGIN + 6, y + 18);
            bar(g, a, data.plan().bragKey().label(a.status()), scale, y + (ROW - BAR) / 2);
            y += ROW;
        }
        if (actions.size() > MAX_ROWS_PER_LANE) {
            g.setColor(INK);
            g.drawString("… and " + (actions.size() - MAX_ROWS_PER_LANE) + " more actions (all are listed in "
                    + PackageFormat.SUMMARY + ")", MARGIN + 6, y + 18);
            y += ROW;
        }
        return y;
    }

    private static void bar(Graphics2D g, Action a, String label, Scale scale, int top) {
        int x0 = scale.x(a.start().isBefore(scale.start) ? scale.start : a.start());
        int x1 = Math.max(x0 + 4, scale.x(a.due().plusDays(1).isAfter(scale.end) ? scale.end : a.due().plusDays(1)));
        g.setColor(COLOURS.get(a.status()));
        g.fillRect(x0, top, x1 - x0, BAR);
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(label) + 8 <= x1 - x0) {
            g.setColor(Color.WHITE);
            g.drawString(label, x0 + 4, top + BAR - 5);
        } else {
            // too short for its label: the word goes beside the bar, in dark ink
            g.setColor(INK);
            boolean roomRight = x1 + 4 + fm.stringWidth(label) <= WIDTH - MARGIN;
            g.drawString(label, roomRight ? x1 + 4 : x0 - 4 - fm.stringWidth(label), top + BAR - 5);
        }
    }

    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        // no line of this picture holds 300 characters; cutting first keeps the loop short for long titles
        String cut = text.length() > 300 ? text.substring(0, 300) : text;
        while (!cut.isEmpty() && fm.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // an in-memory stream: ImageIO's default cache would write a temporary file
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return png.toByteArray();
    }

    /** Days to pixels: the plan's period, widened to take in every action. */
    private record Scale(LocalDate start, LocalDate end, int left, int right) {
        static Scale of(PlanData data, int left, int right) {
            LocalDate start = data.plan().start();
            LocalDate end = data.plan().end().plusDays(1);
            for (Action a : data.actions()) {
                start = a.start().isBefore(start) ? a.start() : start;
                end = a.due().plusDays(1).isAfter(end) ? a.due().plusDays(1) : end;
            }
            return new Scale(start, end, left, right);
        }

        double pixelsPerDay() {
            return (right - left) / (double) Math.max(1, end.toEpochDay() - start.toEpochDay());
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }

        int x(LocalDate day) {
            return left + (int) Math.round((day.toEpochDay() - start.toEpochDay()) * pixelsPerDay());
        }
    }
}
