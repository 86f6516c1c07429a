package org.jointplan.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.jointplan.domain.Action;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.Milestone;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Priority;
import org.jointplan.domain.ReportPosition;

/**
 * A Gantt timeline of one plan: a lane per priority, a bar per action, milestones, dependencies and today's date.
 * It draws on a Canvas and only the rows in view, so plans of any size stay fast.
 *
 * <p>The control only shows and reports: a finished drag or keyboard move fires a {@link TimelineEditEvent}
 * (see {@link #onEditProperty()}) and the changed dates stay on screen until {@link #planProperty() plan} is
 * replaced. The mapping between dates and pixels ({@link #xOf}, {@link #dateAt}) lives here so that the skin, the
 * drag handler, exports and tests agree on it. Colours and sizes come from {@code timeline.css}.
 */
public class TimelineView extends Control {
    private static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");
    private static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");
    /** Room after the last day, so that the last bar's label is not cut off at zoom-to-fit. */
    private static final double END_PADDING = 24;

    private final ObjectProperty<PlanData> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<TimelineZoom> zoom = new SimpleObjectProperty<>(this, "zoom", TimelineZoom.MONTH);
    private final ObjectProperty<UUID> selectedActionId = new SimpleObjectProperty<>(this, "selectedActionId");
    private final ObjectProperty<UUID> selectedMilestoneId = new SimpleObjectProperty<>(this, "selectedMilestoneId");
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    private final ObjectProperty<LocalDate> asAt = new SimpleObjectProperty<>(this, "asAt");
    private final ObjectProperty<ReportPosition> report = new SimpleObjectProperty<>(this, "report");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final ObjectProperty<Predicate<Action>> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObjectProperty<Predicate<Priority>> priorityFilter =
            new SimpleObjectProperty<>(this, "priorityFilter");
    private final ObservableSet<UUID> collapsedPriorities = FXCollections.observableSet();
    private final ObjectProperty<TimelineSnap> snap = new SimpleObjectProperty<>(this, "snap", TimelineSnap.DAY);
    private final DoubleProperty horizontalOffset = new SimpleDoubleProperty(this, "horizontalOffset");
    private final DoubleProperty verticalOffset = new SimpleDoubleProperty(this, "verticalOffset");
    private final ObjectProperty<EventHandler<? super TimelineEditEvent>> onEdit = new ObjectPropertyBase<>() {
        @Override
        protected void invalidated() {
            setEventHandler(TimelineEditEvent.ANY, get());
        }

        @Override
        public Object getBean() {
            return TimelineView.this;
        }

        @Override
        public String getName() {
            return "onEdit";
        }
    };
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /** The column of titles gives way down to this width, and takes at most this share of a narrow view. */
    private static final double MIN_TITLE_COLUMN = 170;
    private static final String NOTHING_SELECTED = "Timeline of the plan, no action selected: Up and Down select"
            + " an action, Left and Right move it";
    private static final double TITLE_SHARE = 0.32;

    private final TimelineTheme theme;
    final PendingEdits pending = new PendingEdits();
    private TimelineRows rows;
    private LocalDate previousRangeStart;
    private double originX;
    private double originY;
    private double viewportWidth = -1;
    private double viewportHeight = -1;
    private double zoomAnchorX = Double.NaN;
    private boolean revealSelection;

    public TimelineView() {
        this(null);
    }

    public TimelineView(PlanData plan) {
        getStyleClass().add("timeline-view");
        theme = new TimelineTheme(this);
        setFocusTraversable(true);
        setAccessibleRoleDescription("Timeline");
        this.plan.addListener((o, was, now) -> {
            pending.clear();
            invalidateRows();
            sayWhatIsSelected();
        });
        filter.addListener(o -> invalidateRows());
        priorityFilter.addListener(o -> invalidateRows());
        today.addListener(o -> invalidateRows());
        asAt.addListener(o -> invalidateRows());
        report.addListener(o -> invalidateRows());
        collapsedPriorities.addListener((javafx.collections.SetChangeListener<UUID>) c -> invalidateRows());
        zoom.addListener((o, was, now) -> rezoom(was));
        presentation.addListener((o, was, now) -> {
            pseudoClassStateChanged(PRESENTATION, now);
            bump();
        });
        editable.addListener((o, was, now) -> {
            pseudoClassStateChanged(READ_ONLY, !now);
            bump();
        });
        selectedActionId.addListener((o, was, now) -> {
            sayWhatIsSelected();
            revealSelection = now != null; // the table may select an action far away: bring it into view
            bump();
        });
        selectedMilestoneId.addListener(o -> bump());
        horizontalOffset.addListener(o -> bump());
        verticalOffset.addListener(o -> bump());
        snap.addListener(o -> bump());
        focusedProperty().addListener(o -> bump());
        setPlan(plan);
    }

    /**
     * What a screen reader says of the timeline: the selected row (the one the arrow keys move) in words, or how to
     * select one. The rows are drawn on a canvas, which a screen reader cannot read.
     */
    private void sayWhatIsSelected() {
        setAccessibleText(selectedAction().map(a -> "Timeline, selected action: " + ActionText.summary(a, key(),
                getShownDate())).orElse(NOTHING_SELECTED));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineView.class.getResource("timeline.css")).toExternalForm();
    }

    /** The timeline's keys while it has the focus, for the list of keyboard shortcuts. */
    public static List<KeyHelp> keyHelp() {
        return TimelineNavigation.KEYS;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return TimelineTheme.cssMetaData();
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    // ---------------------------------------------------------------- the date <-> pixel mapping
    // Public methods answer in this control's coordinates. Inside the package (skin, painters, hit test, drag
    // handler) the same mapping is used in the coordinates of the drawing area, which the skin places at
    // (originX, originY) inside the control's border: x(), day(), chartLeft(), yOf(), barBox(), diamondCentre().

    /** The x of the left edge of {@code date}'s day, in this control's coordinates (may lie outside the view). */
    public double xOf(LocalDate date) {
        return originX + x(date);
    }

    /** The day under {@code x} (this control's coordinates); the inverse of {@link #xOf}. */
    public LocalDate dateAt(double x) {
        return day(x - originX);
    }

    /** The left edge of the chart, right of the column of titles, in this control's coordinates. */
    public double getChartLeft() {
        return originX + chartLeft();
    }

    double x(LocalDate date) {
        return chartLeft() + (date.toEpochDay() - rows().rangeStart().toEpochDay()) * getPixelsPerDay()
                - getHorizontalOffset();
    }

    LocalDate day(double x) {
        return LocalDate.ofEpochDay(rows().rangeStart().toEpochDay() + (long) Math.floor(daysAt(x) + 1e-9));
    }

    /** Days (fractional) from the start of the range to {@code x} (drawing-area coordinates). */
    double daysAt(double x) {
        return (x - chartLeft() + getHorizontalOffset()) / getPixelsPerDay();
    }

    /**
     * The width of the column of titles: the stylesheet's, but never more than a third of a narrow window, so that on
     * a small laptop the chart keeps most of the room (titles cut short there show whole in their tooltip).
     */
    double chartLeft() {
        double styled = look().labelWidth;
        double width = viewportWidth();
        if (isPresentation() || width <= 0) {
            return styled;
        }
        return Math.min(styled, Math.max(Math.min(styled, MIN_TITLE_COLUMN), width * TITLE_SHARE));
    }

    /** The current scale: a fixed zoom level's, or at {@link TimelineZoom#FIT} the one that fits the width. */
    public double getPixelsPerDay() {
        return pixelsPerDay(getZoom());
    }

    private double pixelsPerDay(TimelineZoom z) {
        if (z != null && z != TimelineZoom.FIT) {
            return z.pixelsPerDay();
        }
        double chart = viewportWidth() - chartLeft() - END_PADDING;
        return chart <= 0 ? 1 : Math.max(0.05, chart / rows().rangeDays());
    }

    /** The height of the time axis above the rows: years, quarters, months, and weeks when close enough. */
    public double getAxisHeight() {
        return look().bandHeight * (bandCount() + (hasCommitteeBand() ? 1 : 0));
    }

    /** The bands of dates in the axis: years, quarters, months, and weeks when close enough. */
    int bandCount() {
        return showsWeeks() ? 4 : 3;
    }

    /** A band under the dates holds the labels of the plan's committee dates, when it has any. */
    boolean hasCommitteeBand() {
        return getPlan() != null && !getPlan().committeeDates().isEmpty();
    }

    /**
     * The day the timeline is shown at: the {@link #asAtProperty() as-at} date when one is set, else today. The line
     * through the chart marks it, and overdue is judged against it.
     */
    public LocalDate getShownDate() {
        return getAsAt() != null ? getAsAt() : getToday() != null ? getToday() : LocalDate.now();
    }

    /** The plan's BRAG key: the words its statuses are shown with (the colours are fixed). */
    org.jointplan.domain.BragKey key() {
        return getPlan() == null ? org.jointplan.domain.BragKey.DEFAULT : getPlan().plan().bragKey();
    }

    /** Whether the line is labelled "As at" (a chosen date, or a presentation) rather than "Today". */
    boolean showsAsAt() {
        return getAsAt() != null || isPresentation();
    }

    /**
     * Where each committee date's marker and label are drawn, in this control's coordinates; only those in view.
     * Labels never overlap each other nor the today (as-at) tag.
     */
    public List<CommitteeMarker> getCommitteeMarkers() {
        return CommitteeMarkers.layout(this, viewportWidth()).stream()
                .map(m -> m.moved(originX, originY)).toList();
    }

    boolean showsWeeks() {
        return getPixelsPerDay() >= 12;
    }

    /** First day of the drawn range: the start of the UK financial quarter holding the plan's earliest date. */
    public LocalDate getRangeStart() {
        return rows().rangeStart();
    }

    /** Last day of the drawn range: the end of the quarter holding the plan's latest date. */
    public LocalDate getRangeEnd() {
        return rows().rangeEnd();
    }

    /** The y of a row's top in drawing-area coordinates. */
    double yOf(TimelineRows.Row row) {
        return getAxisHeight() + row.top() - getVerticalOffset();
    }

    /**
     * Where the action's bar is drawn, in this control's coordinates, with the dates on screen (including a change
     * not yet saved); empty when the action is not shown (filtered out, or in a collapsed lane).
     */
    public Optional<Bounds> getBarBounds(UUID actionId) {
        return barBox(actionId).map(b -> new BoundingBox(b.getMinX() + originX, b.getMinY() + originY,
                b.getWidth(), b.getHeight()));
    }

    Optional<Bounds> barBox(UUID actionId) {
        int index = rows().indexOf(actionId);
        if (index < 0) {
            return Optional.empty();
        }
        TimelineRows.Row row = rows().row(index);
        DateRange span = pending.span(row.action());
        double x0 = x(span.start());
        double x1 = Math.max(x0 + 3, x(span.end().plusDays(1)));
        double barHeight = look().barHeight;
        double y = yOf(row) + (row.height() - barHeight) / 2;
        return Optional.of(new BoundingBox(x0, y, x1 - x0, barHeight));
    }

    /** The centre of a milestone's diamond in this control's coordinates; empty when its row is not shown. */
    public Optional<Point2D> getMilestoneCentre(UUID milestoneId) {
        return diamondCentre(milestoneId).map(p -> p.add(originX, originY));
    }

    Optional<Point2D> diamondCentre(UUID milestoneId) {
        Milestone m = rows().milestone(milestoneId);
        TimelineRows.Row row = m == null ? null : rowOfMilestone(m);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new Point2D(x(pending.date(m)) + getPixelsPerDay() / 2, yOf(row) + row.height() / 2));
    }

    TimelineRows.Row rowOfMilestone(Milestone m) {
        return rows().rowOf(m);
    }

    // ---------------------------------------------------------------- commands

    /** Shows more detail, keeping the middle of the view in place. */
    public void zoomIn() {
        setZoom(TimelineZoom.closerThan(getPixelsPerDay()));
    }

    /** Shows more of the calendar, keeping the middle of the view in place. */
    public void zoomOut() {
        setZoom(TimelineZoom.widerThan(getPixelsPerDay()));
    }

    /** Fits the plan's whole range to the width. */
    public void zoomToFit() {
        setZoom(TimelineZoom.FIT);
    }

    /** Zooms keeping the date under {@code anchorX} (drawing area) in place: Ctrl+scroll zooms around the mouse. */
    void zoomAround(TimelineZoom level, double anchorX) {
        zoomAnchorX = anchorX;
        try {
            setZoom(level);
        } finally {
            zoomAnchorX = Double.NaN;
        }
    }

    private void rezoom(TimelineZoom was) {
        TimelineCommands.keepAnchorAfterZoom(this, pixelsPerDay(was), zoomAnchorX);
    }

    /** Scrolls so that the action's row and, if possible, its bar are in view; opens its lane when collapsed. */
    public void scrollToAction(UUID actionId) {
        TimelineCommands.scrollTo(this, actionId);
    }

    /**
     * Moves the selected milestone, or else the selected action, by {@code days} and fires the edit; false when
     * nothing is selected or editing is off.
     */
    public boolean moveSelection(long days) {
        return TimelineCommands.moveSelection(this, days);
    }

    /** Forgets changes not yet in the plan, showing the plan's own dates again (e.g. when saving failed). */
    public void clearPendingEdits() {
        pending.clear();
        bump();
    }

    /** Redraws on the next pulse; changes to the properties redraw by themselves. */
    public void refresh() {
        bump();
    }

    /** Editing is on: the {@link #editableProperty() editable} flag is set and this is not a presentation. */
    public boolean isEditingAllowed() {
        return isEditable() && !isPresentation();
    }

    Optional<Action> selectedAction() {
        PlanData p = getPlan();
        return p == null || getSelectedActionId() == null ? Optional.empty() : p.action(getSelectedActionId());
    }

    void fireEdit(TimelineEdit edit) {
        fireEvent(new TimelineEditEvent(this, this, edit));
    }

    // ---------------------------------------------------------------- state shared with the skin

    TimelineRows rows() {
        if (rows == null) {
            TimelineLook look = look();
            rows = TimelineRows.build(getPlan(), getFilter(), getPriorityFilter(), collapsedPriorities,
                    getShownDate(), getReport(), look.rowHeight, look.laneHeight);
            if (previousRangeStart != null && getZoom() != TimelineZoom.FIT) {
                // keep the same day at the left edge when a new plan widens or narrows the range
                long shift = rows.rangeStart().toEpochDay() - previousRangeStart.toEpochDay();
                setHorizontalOffset(getHorizontalOffset() - shift * getPixelsPerDay());
            }
            previousRangeStart = null;
        }
        return rows;
    }

    TimelineTheme theme() {
        return theme;
    }

    TimelineLook look() {
        return theme.look();
    }

    void themeChanged() {
        invalidateRows();
    }

    private void invalidateRows() {
        if (rows != null && rows.plan() != null) {
            previousRangeStart = rows.rangeStart();
        }
        rows = null;
        bump();
    }

    /** Called by the skin when it lays out: where the drawing area is in the control, and its size. */
    void setViewport(double x, double y, double width, double height) {
        originX = x;
        originY = y;
        if (width != viewportWidth || height != viewportHeight) {
            viewportWidth = width;
            viewportHeight = height;
            bump();
        }
    }

    double viewportWidth() {
        return viewportWidth >= 0 ? viewportWidth : getWidth();
    }

    double viewportHeight() {
        return viewportHeight >= 0 ? viewportHeight : getHeight();
    }

    /** Called by the skin once the viewport is known: scrolls a newly selected action into view. */
    void revealSelectionIfAsked() {
        if (revealSelection) {
            revealSelection = false;
            scrollToAction(getSelectedActionId());
        }
    }

    double maxHorizontalOffset() {
        return Math.max(0, rows().rangeDays() * getPixelsPerDay() + END_PADDING - (viewportWidth() - chartLeft()));
    }

    double maxVerticalOffset() {
        return Math.max(0, rows().contentHeight() - (viewportHeight() - getAxisHeight()));
    }

    void clampOffsets() {
        setHorizontalOffset(Math.max(0, Math.min(maxHorizontalOffset(), getHorizontalOffset())));
        setVerticalOffset(Math.max(0, Math.min(maxVerticalOffset(), getVerticalOffset())));
    }

    void bump() {
        revision.set(revision.get() + 1);
    }

    /** Changes whenever something drawn changes; the skin redraws on it. */
    ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- properties

    /** The plan shown. Replacing it forgets changes not yet saved ({@link #clearPendingEdits()}). */
    public final ObjectProperty<PlanData> planProperty() {
        return plan;
    }

    public final PlanData getPlan() {
        return plan.get();
    }

    public final void setPlan(PlanData value) {
        plan.set(value);
    }

    /** The zoom level; {@link TimelineZoom#MONTH} at first. */
    public final ObjectProperty<TimelineZoom> zoomProperty() {
        return zoom;
    }

    public final TimelineZoom getZoom() {
        return zoom.get();
    }

    public final void setZoom(TimelineZoom value) {
        zoom.set(value);
    }

    /** The selected action, shared with the rest of the window both ways; null when none. */
    public final ObjectProperty<UUID> selectedActionIdProperty() {
        return selectedActionId;
    }

    public final UUID getSelectedActionId() {
        return selectedActionId.get();
    }

    public final void setSelectedActionId(UUID value) {
        selectedActionId.set(value);
    }

    /** The selected milestone, if a diamond was clicked; arrow keys then move it rather than the action. */
    public final ObjectProperty<UUID> selectedMilestoneIdProperty() {
        return selectedMilestoneId;
    }

    public final UUID getSelectedMilestoneId() {
        return selectedMilestoneId.get();
    }

    public final void setSelectedMilestoneId(UUID value) {
        selectedMilestoneId.set(value);
    }

    /** The day of the "today" line; overdue is judged against it. In a meeting, the "as at" date. */
    public final ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public final LocalDate getToday() {
        return today.get();
    }

    public final void setToday(LocalDate value) {
        today.set(value);
    }

    /**
     * The date the plan is shown as at, for a report or a meeting: the line through the chart is labelled "As at"
     * and overdue is judged against it. Null (at first) shows the plan as at {@link #todayProperty() today}.
     */
    public final ObjectProperty<LocalDate> asAtProperty() {
        return asAt;
    }

    public final LocalDate getAsAt() {
        return asAt.get();
    }

    public final void setAsAt(LocalDate value) {
        asAt.set(value);
    }

    /**
     * The report position the timeline goes with: when set, each lane shows its priority's overall rating (marked
     * when overridden) and direction of travel, and each bar its action's direction. Null shows neither.
     */
    public final ObjectProperty<ReportPosition> reportProperty() {
        return report;
    }

    public final ReportPosition getReport() {
        return report.get();
    }

    public final void setReport(ReportPosition value) {
        report.set(value);
    }

    /** Large type and strong contrast for a projector (the {@code :presentation} pseudo-class); no editing. */
    public final BooleanProperty presentationProperty() {
        return presentation;
    }

    public final boolean isPresentation() {
        return presentation.get();
    }

    public final void setPresentation(boolean value) {
        presentation.set(value);
    }

    /** Whether bars and milestones can be dragged and moved with the keyboard (the {@code :read-only} class). */
    public final BooleanProperty editableProperty() {
        return editable;
    }

    public final boolean isEditable() {
        return editable.get();
    }

    public final void setEditable(boolean value) {
        editable.set(value);
    }

    /**
     * Which actions are shown (the window's current filter); null shows all. While a filter is set, lanes with no
     * matching action are left out.
     */
    public final ObjectProperty<Predicate<Action>> filterProperty() {
        return filter;
    }

    public final Predicate<Action> getFilter() {
        return filter.get();
    }

    public final void setFilter(Predicate<Action> value) {
        filter.set(value);
    }

    /** Which priorities' lanes are shown; null shows all. Presentation mode shows one priority at a time. */
    public final ObjectProperty<Predicate<Priority>> priorityFilterProperty() {
        return priorityFilter;
    }

    public final Predicate<Priority> getPriorityFilter() {
        return priorityFilter.get();
    }

    public final void setPriorityFilter(Predicate<Priority> value) {
        priorityFilter.set(value);
    }

    /** Ids of the priorities whose lanes are collapsed to one summary row. */
    public final ObservableSet<UUID> getCollapsedPriorities() {
        return collapsedPriorities;
    }

    /** What a drag snaps to: days (at first) or whole weeks. */
    public final ObjectProperty<TimelineSnap> snapProperty() {
        return snap;
    }

    public final TimelineSnap getSnap() {
        return snap.get();
    }

    public final void setSnap(TimelineSnap value) {
        snap.set(value);
    }

    /** How far the chart is panned to the right, in pixels from the start of the range. */
    public final DoubleProperty horizontalOffsetProperty() {
        return horizontalOffset;
    }

    public final double getHorizontalOffset() {
        return horizontalOffset.get();
    }

    public final void setHorizontalOffset(double value) {
        horizontalOffset.set(value);
    }

    /** How far the rows are scrolled down, in pixels from the first row. */
    public final DoubleProperty verticalOffsetProperty() {
        return verticalOffset;
    }

    public final double getVerticalOffset() {
        return verticalOffset.get();
    }

    public final void setVerticalOffset(double value) {
        verticalOffset.set(value);
    }

    /** Called when a drag or keyboard move finishes: save the change there. */
    public final ObjectProperty<EventHandler<? super TimelineEditEvent>> onEditProperty() {
        return onEdit;
    }

    public final EventHandler<? super TimelineEditEvent> getOnEdit() {
        return onEdit.get();
    }

    public final void setOnEdit(EventHandler<? super TimelineEditEvent> value) {
        onEdit.set(value);
    }
}
