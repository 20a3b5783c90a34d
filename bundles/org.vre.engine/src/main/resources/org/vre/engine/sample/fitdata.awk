# Fits the generated masses: 60 bins on [60, 120]; an exponential background from the sidebands (|m-91.2| > 10,
# least squares on log counts), then the peak's yield, mean and width from the background-subtracted window.
# Output: CSV (mass, events, model) on stdout, fitted values on stderr.
BEGIN { FS = ","; nb = 60; lo = 60; hi = 120; w = (hi - lo) / nb }
NR > 1 { b = int(($1 - lo) / w); if (b >= 0 && b < nb) h[b]++ }
END {
    for (b = 0; b < nb; b++) {
        x = lo + (b + 0.5) * w
        if ((x < 81.2 || x > 101.2) && h[b] > 0) {
            y = log(h[b]); sx += x; sy += y; sxx += x * x; sxy += x * y; k++
        }
    }
    slope = (k * sxy - sx * sy) / (k * sxx - sx * sx); icpt = (sy - slope * sx) / k
    for (b = 0; b < nb; b++) {
        x = lo + (b + 0.5) * w; bkg[b] = exp(icpt + slope * x)
        if (x >= 81.2 && x <= 101.2) { s = h[b] - bkg[b]; if (s > 0) { ns += s; m1 += s * x; m2 += s * x * x } }
    }
    mean = m1 / ns; sigma = sqrt(m2 / ns - mean * mean)
    print "mass,events,model"
    for (b = 0; b < nb; b++) {
        x = lo + (b + 0.5) * w
        g = ns * w / (sigma * 2.5066282746) * exp(-0.5 * ((x - mean) / sigma) ^ 2)
        printf "%.2f,%d,%.3f\n", x, h[b] + 0, bkg[b] + g
    }
    printf "fit: signal %.0f events, mean %.3f GeV, width %.3f GeV\n", ns, mean, sigma > "/dev/stderr"
}
