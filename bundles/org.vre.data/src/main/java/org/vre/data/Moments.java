package org.vre.data;

/**
 * The running sums a histogram keeps while it is filled (ROOT's fTsumw, fTsumw2, fTsumwx, ...), from which
 * mean and standard deviation are computed without the binning error. The y sums are zero for 1D.
 */
public record Moments(double sumw, double sumw2, double sumwx, double sumwx2,
                      double sumwy, double sumwy2, double sumwxy) {

    public static Moments of1D(double sumw, double sumw2, double sumwx, double sumwx2) {
        return new Moments(sumw, sumw2, sumwx, sumwx2, 0, 0, 0);
    }

    public double meanX() {
        return sumw == 0 ? 0 : sumwx / sumw;
    }

    public double meanY() {
        return sumw == 0 ? 0 : sumwy / sumw;
    }

    /** Standard deviation in x (ROOT calls it RMS in the statistics box). */
    public double stdDevX() {
        return stdDev(sumwx, sumwx2);
    }

    public double stdDevY() {
        return stdDev(sumwy, sumwy2);
    }

    private double stdDev(double s1, double s2) {
        if (sumw == 0) {
            return 0;
        }
        double mean = s1 / sumw;
        double variance = s2 / sumw - mean * mean;
        return variance > 0 ? Math.sqrt(variance) : 0;
    }
}
