# Generates n invariant-mass values (GeV): a Gaussian peak (mean 91.2, width 2.5) over a falling exponential
# background on [60, 120]; 30% signal. Deterministic for a given seed. Output: CSV with a header.
function gauss(   u, v) {
    u = rand(); v = rand()
    if (u < 1e-12) u = 1e-12
    return sqrt(-2 * log(u)) * cos(6.283185307179586 * v)
}
BEGIN {
    srand(seed)
    print "mass"
    for (i = 0; i < n; i++) {
        if (rand() < 0.3) {
            m = 91.2 + 2.5 * gauss()
        } else {
            do { m = 60 - 25 * log(1 - rand() * (1 - exp(-60 / 25))) } while (m >= 120)
        }
        if (m >= 60 && m < 120) printf "%.4f\n", m
    }
}
