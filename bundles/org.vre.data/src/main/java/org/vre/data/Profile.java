package org.vre.data;

import java.util.Arrays;

/**
 * A profile histogram (ROOT TProfile): per x bin the sum of y ({@code sums}), of y squared ({@code sumw2}),
 * the sum of weights ({@code binEntries}) and, for weighted fills, of squared weights ({@code binSumw2}).
 * Arrays have length bins+2. {@code errorOption} is ROOT's: "" (error of the mean), "s" (spread), "i", "g".
 */
public record Profile(String name, String title, Axis xAxis, double[] sums, double[] sumw2, double[] binEntries,
                      double[] binSumw2, double entries, Moments moments, String errorOption) implements DataObject {

    public Profile {
        if (sums.length != xAxis.bins() + 2 || binEntries.length != sums.length) {
            throw new IllegalArgumentException("profile " + name + ": array lengths do not match " + xAxis.bins() + " bins");
        }
        binSumw2 = binSumw2 == null ? new double[0] : binSumw2;
        errorOption = errorOption == null ? "" : errorOption;
    }

    /** Mean of y in the bin (what ROOT draws). */
    public double mean(int bin) {
        return binEntries[bin] == 0 ? 0 : sums[bin] / binEntries[bin];
    }

    /** Error of the bin: the error on the mean (default) or the spread with option "s". */
    public double error(int bin) {
        double w = binEntries[bin];
        if (w == 0) {
            return 0;
        }
        double mean = sums[bin] / w;
        double spread = Math.sqrt(Math.max(0, sumw2[bin] / w - mean * mean));
        if ("s".equalsIgnoreCase(errorOption)) {
            return spread;
        }
        double effectiveEntries = binSumw2.length > 0 && binSumw2[bin] > 0 ? w * w / binSumw2[bin] : w;
        return spread / Math.sqrt(effectiveEntries);
    }

    /** The profile as a plain histogram of bin means with their errors, for plotting and ratios. */
    public Histogram1D toHistogram() {
        double[] contents = new double[sums.length];
        double[] errors2 = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            contents[i] = mean(i);
            double e = error(i);
            errors2[i] = e * e;
        }
        return new Histogram1D(name, title, xAxis, contents, errors2, entries, moments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p && name.equals(p.name) && Arrays.equals(sums, p.sums)
                && Arrays.equals(binEntries, p.binEntries);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sums);
    }

    @Override
    public String toString() {
        return "Profile[" + name + ", " + xAxis + "]";
    }
}
