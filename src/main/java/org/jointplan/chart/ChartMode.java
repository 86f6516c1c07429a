package org.jointplan.chart;

/** A line chart of values against target and trajectory, or a Making Data Count SPC (XmR) chart. */
public enum ChartMode {
    LINE, SPC
}
