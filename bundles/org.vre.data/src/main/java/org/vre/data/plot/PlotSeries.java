package org.vre.data.plot;

import org.vre.data.DataObject;

/**
 * One thing to draw with its legend label. For a table, {@code xColumn} and {@code yColumn} name the two
 * columns of a scatter plot.
 */
public record PlotSeries(String label, DataObject data, String xColumn, String yColumn) {

    public static PlotSeries of(String label, DataObject data) {
        return new PlotSeries(label, data, null, null);
    }
}
