package org.vre.workflow.internal;

import java.util.ArrayList;
import java.util.List;

/** A longest common subsequence of two lists, so list edits keep unchanged items (and their comments) in place. */
final class CommonSubsequence {

    /** Above this many cells the table is not built: only the common prefix and suffix are kept. */
    private static final long MAX_CELLS = 4_000_000;

    private CommonSubsequence() {
    }

    /** Pairs {@code [i, j]} with {@code a[i] == b[j]}, increasing in both. */
    static int[][] of(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        List<int[]> pairs = new ArrayList<>();
        if ((long) n * m > MAX_CELLS) {
            int prefix = 0;
            while (prefix < n && prefix < m && a.get(prefix).equals(b.get(prefix))) {
                pairs.add(new int[] {prefix, prefix});
                prefix++;
            }
            int suffix = 0;
            while (suffix < n - prefix && suffix < m - prefix && a.get(n - 1 - suffix).equals(b.get(m - 1 - suffix))) {
                suffix++;
            }
            for (int k = suffix; k > 0; k--) {
                pairs.add(new int[] {n - k, m - k});
            }
            return pairs.toArray(new int[0][]);
        }
        int[][] length = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                pairs.add(new int[] {i++, j++});
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs.toArray(new int[0][]);
    }
}
