package org.vre.data.root;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.vre.core.Progress;
import org.vre.data.Column;
import org.vre.data.ValueType;

/**
 * Decompresses a branch's baskets and decodes its values into a column: scalars, fixed arrays,
 * variable arrays (sized by the basket's entry offsets), strings, and multi-leaf branches of scalars
 * (one column per leaf).
 */
final class BranchReader {

    private final RootFile file;

    BranchReader(RootFile file) {
        this.file = file;
    }

    /** Columns for one branch: one column, or one per leaf for a leaf list. */
    List<Column> read(RootBranch branch, Progress progress) {
        if (!branch.isReadable()) {
            throw new RootFormatException(file.path().getFileName() + ": branch '" + branch.fullPath()
                    + "' holds objects (" + branch.className() + "), not numbers or strings");
        }
        List<Basket> baskets = baskets(branch, progress);
        long total = 0;
        for (Basket basket : baskets) {
            total += basket.entries();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new RootFormatException(file.path().getFileName() + ": branch '" + branch.fullPath() + "' has "
                    + total + " entries, too many to hold in memory");
        }
        int entries = (int) total;
        if (branch.leaves().size() > 1) {
            return readLeafList(branch, baskets, entries);
        }
        RootLeaf leaf = branch.leaves().get(0);
        String name = branch.fullPath();
        if (leaf.type() == RootLeaf.STRING) {
            return List.of(readStrings(name, baskets, entries));
        }
        int type = leaf.elementType();
        int size = BasicTypes.size(type);
        if ("scalar".equals(branch.numericKind())) {
            ValueSink sink = ValueSink.of(name, type, entries, file.limits());
            for (Basket basket : baskets) {
                RootBuffer b = new RootBuffer(basket.data(), 0, basket.dataLength(), 0, context(branch));
                for (int i = 0; i < basket.entries(); i++) {
                    b.seek(basket.entryStart(i, size));
                    sink.add(b, type);
                }
            }
            return List.of(sink.column());
        }
        int[] offsets = new int[entries + 1];
        List<int[]> counts = new ArrayList<>();
        long flatCount = 0;
        int row = 0;
        int fixed = Math.max(leaf.len(), 1) * size;
        for (Basket basket : baskets) {
            int[] n = new int[basket.entries()];
            for (int i = 0; i < basket.entries(); i++) {
                int bytes = basket.offsets() == null ? fixed : basket.entryEnd(i, fixed) - basket.entryStart(i, fixed);
                if (bytes % size != 0) {
                    throw new RootFormatException(context(branch) + ": entry " + (row + i) + " has " + bytes
                            + " bytes, not a whole number of " + size + "-byte values");
                }
                n[i] = bytes / size;
                flatCount += n[i];
                offsets[row + i + 1] = (int) Math.min(flatCount, Integer.MAX_VALUE);
            }
            counts.add(n);
            row += basket.entries();
        }
        if (flatCount > file.limits().maxTableValues()) {
            throw new RootFormatException(context(branch) + ": " + flatCount + " values exceed the limit of "
                    + file.limits().maxTableValues());
        }
        ValueSink sink = ValueSink.of(name, type, (int) flatCount, file.limits());
        int basketIndex = 0;
        for (Basket basket : baskets) {
            int[] n = counts.get(basketIndex++);
            RootBuffer b = new RootBuffer(basket.data(), 0, basket.dataLength(), 0, context(branch));
            for (int i = 0; i < basket.entries(); i++) {
                b.seek(basket.entryStart(i, fixed));
                for (int k = 0; k < n[i]; k++) {
                    sink.add(b, type);
                }
            }
        }
        return List.of(new Column.Arrays(name, offsets, sink.column()));
    }

    private List<Column> readLeafList(RootBranch branch, List<Basket> baskets, int entries) {
        List<RootLeaf> leaves = branch.leaves();
        int entrySize = 0;
        for (RootLeaf leaf : leaves) {
            entrySize += BasicTypes.size(leaf.elementType()) * Math.max(1, leaf.len());
        }
        List<ValueSink> sinks = new ArrayList<>();
        for (RootLeaf leaf : leaves) {
            sinks.add(ValueSink.of(branch.fullPath() + "." + leaf.name(), leaf.elementType(),
                    entries * Math.max(1, leaf.len()), file.limits()));
        }
        for (Basket basket : baskets) {
            RootBuffer b = new RootBuffer(basket.data(), 0, basket.dataLength(), 0, context(branch));
            for (int i = 0; i < basket.entries(); i++) {
                b.seek(basket.entryStart(i, entrySize));
                for (int l = 0; l < leaves.size(); l++) {
                    for (int k = 0; k < Math.max(1, leaves.get(l).len()); k++) {
                        sinks.get(l).add(b, leaves.get(l).elementType());
                    }
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int l = 0; l < leaves.size(); l++) {
            Column flat = sinks.get(l).column();
            int len = Math.max(1, leaves.get(l).len());
            if (len == 1) {
                columns.add(flat);
            } else {
                int[] offsets = new int[entries + 1];
                for (int i = 0; i <= entries; i++) {
                    offsets[i] = i * len;
                }
                columns.add(new Column.Arrays(flat.name(), offsets, flat));
            }
        }
        return columns;
    }

    private Column readStrings(String name, List<Basket> baskets, int entries) {
        String[] values = new String[entries];
        int row = 0;
        for (Basket basket : baskets) {
            RootBuffer b = new RootBuffer(basket.data(), 0, basket.dataLength(), 0, "strings of " + name);
            for (int i = 0; i < basket.entries(); i++) {
                if (basket.offsets() != null) {
                    b.seek(basket.entryStart(i, 0));
                }
                int length = b.u8();
                if (length == 255) {
                    length = b.count(b.i32(), 1, "string");
                }
                values[row++] = new String(b.bytes(length), StandardCharsets.ISO_8859_1);
            }
        }
        return new Column.Strings(name, values);
    }

    /** The branch's baskets in entry order: those on disk, then those stored in the branch record. */
    List<Basket> baskets(RootBranch branch, Progress progress) {
        List<Basket> baskets = new ArrayList<>();
        int size = 0;
        if (!branch.leaves().isEmpty() && branch.leaves().get(0).isBasic()) {
            size = BasicTypes.size(branch.leaves().get(0).elementType());
        }
        for (int i = 0; i < branch.writeBasket(); i++) {
            progress.checkCancelled();
            baskets.add(file.readBasket(branch.basketSeek()[i], (int) branch.basketBytes()[i], branch.fullPath(), size));
        }
        baskets.addAll(branch.embedded());
        return baskets;
    }

    private String context(RootBranch branch) {
        return file.path().getFileName() + ": branch '" + branch.fullPath() + "'";
    }

    /** Collects decoded values into the primitive array of their type. */
    private static final class ValueSink {
        private final String name;
        private final ValueType type;
        private long[] longs;
        private double[] doubles;
        private boolean[] booleans;
        private int n;

        private ValueSink(String name, ValueType type, int capacity) {
            this.name = name;
            this.type = type;
            switch (type) {
                case FLOAT32, FLOAT64 -> doubles = new double[capacity];
                case BOOL -> booleans = new boolean[capacity];
                default -> longs = new long[capacity];
            }
        }

        static ValueSink of(String name, int basicType, int capacity, ReadLimits limits) {
            if (capacity > limits.maxTableValues()) {
                throw new RootFormatException(name + ": " + capacity + " values exceed the limit of " + limits.maxTableValues());
            }
            ValueType type = BasicTypes.valueType(basicType);
            if (type == null) {
                throw new RootFormatException(name + ": unsupported leaf type code " + basicType);
            }
            return new ValueSink(name, type, capacity);
        }

        void add(RootBuffer b, int basicType) {
            switch (basicType) {
                case 1, 10 -> longs[n++] = b.i8();
                case 11 -> longs[n++] = b.u8();
                case 2 -> longs[n++] = b.i16();
                case 12 -> longs[n++] = b.u16();
                case 3, 6 -> longs[n++] = b.i32();
                case 13, 15 -> longs[n++] = b.u32();
                case 4, 14, 16, 17 -> longs[n++] = b.i64();
                case 5, 9 -> doubles[n++] = b.f32();
                case 8 -> doubles[n++] = b.f64();
                case 18 -> booleans[n++] = b.bool();
                default -> throw b.error("unsupported leaf type code " + basicType);
            }
        }

        Column column() {
            return switch (type) {
                case FLOAT32, FLOAT64 -> new Column.Floats(name, type, n == doubles.length ? doubles : java.util.Arrays.copyOf(doubles, n));
                case BOOL -> new Column.Booleans(name, n == booleans.length ? booleans : java.util.Arrays.copyOf(booleans, n));
                default -> new Column.Integers(name, type, n == longs.length ? longs : java.util.Arrays.copyOf(longs, n));
            };
        }
    }
}
