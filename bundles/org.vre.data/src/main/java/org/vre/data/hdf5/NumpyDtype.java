package org.vre.data.hdf5;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

import io.jhdf.object.datatype.ArrayDataType;
import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.CompoundDataType.CompoundDataMember;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.EnumDataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.Reference;
import io.jhdf.object.datatype.StringData;
import io.jhdf.object.datatype.VariableLength;

/**
 * An HDF5 datatype spelled the way numpy prints the dtype h5py maps it to ({@code float32}, {@code |S20},
 * {@code object}, {@code [('real', '<f4'), ('img', '<f4')]}), so users see the same names as in Python and
 * our answers compare with h5py's. Compound member offsets follow HDF5's in-memory layout (a variable-length
 * string takes a pointer, a sequence an {@code hvl_t}), which decides numpy's list or dict spelling.
 */
public final class NumpyDtype {

    private static final boolean NATIVE_LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    private static final int POINTER = 8;
    private static final int HVL_T = 16;

    private NumpyDtype() {
    }

    /** numpy's {@code str(dtype)}. */
    public static String str(DataType type) {
        if (type instanceof EnumDataType e) {
            return str(e.getBaseType());
        }
        if (type instanceof FixedPoint f) {
            return f.getSize() == 1 || littleEndian(f.getByteOrder()) == NATIVE_LITTLE
                    ? (f.isSigned() ? "int" : "uint") + 8 * f.getSize() : unquoted(descr(type));
        }
        if (type instanceof FloatingPoint f) {
            return littleEndian(f.getByteOrder()) == NATIVE_LITTLE ? "float" + 8 * f.getSize() : unquoted(descr(type));
        }
        if (type instanceof StringData s) {
            return "|S" + s.getSize();
        }
        if (type instanceof VariableLength || type instanceof Reference) {
            return "object";
        }
        if (type instanceof ArrayDataType a) {
            return "(" + descr(a.getBaseType()) + ", " + shape(a.getArrayTypeDimensions()) + ")";
        }
        if (type instanceof CompoundDataType c) {
            String complex = complexName(c, false);
            return complex != null ? complex : struct(c);
        }
        return "|V" + type.getSize();
    }

    /**
     * numpy's short construction repr used inside structured dtypes and {@code dtype(...)}: {@code '<f4'},
     * {@code 'u1'}, {@code 'S20'}, {@code 'O'}, a subarray {@code ('<f4', (3,))} or a nested structure.
     */
    public static String descr(DataType type) {
        if (type instanceof EnumDataType e) {
            return descr(e.getBaseType());
        }
        if (type instanceof FixedPoint f) {
            return "'" + order(f.getSize(), f.getByteOrder()) + (f.isSigned() ? "i" : "u") + f.getSize() + "'";
        }
        if (type instanceof FloatingPoint f) {
            return "'" + order(f.getSize(), f.getByteOrder()) + "f" + f.getSize() + "'";
        }
        if (type instanceof StringData s) {
            return "'S" + s.getSize() + "'";
        }
        if (type instanceof VariableLength || type instanceof Reference) {
            return "'O'";
        }
        if (type instanceof ArrayDataType) {
            return str(type);
        }
        if (type instanceof CompoundDataType c) {
            String complex = complexName(c, true);
            return complex != null ? "'" + complex + "'" : struct(c);
        }
        return "'V" + type.getSize() + "'";
    }

    /** Bytes one element takes in numpy (an object pointer for variable-length data). */
    static int itemSize(DataType type) {
        if (type instanceof VariableLength || type instanceof Reference) {
            return POINTER;
        }
        if (type instanceof ArrayDataType a) {
            return itemSize(a.getBaseType()) * count(a.getArrayTypeDimensions());
        }
        if (type instanceof CompoundDataType c) {
            return memoryLayout(c).size;
        }
        return type.getSize();
    }

    /** Bytes one element takes in HDF5's memory layout (what h5py builds the numpy offsets from). */
    private static int memorySize(DataType type) {
        if (type instanceof VariableLength v) {
            return v.isVariableLengthString() ? POINTER : HVL_T;
        }
        if (type instanceof ArrayDataType a) {
            return memorySize(a.getBaseType()) * count(a.getArrayTypeDimensions());
        }
        if (type instanceof CompoundDataType c) {
            return memoryLayout(c).size;
        }
        return type.getSize();
    }

    private record Field(String name, DataType type, int[] dims, int offset) {
    }

    private record Layout(List<Field> fields, int size) {
    }

    /** HDF5 moves members when a variable-length member changes size between file and memory; do the same. */
    private static Layout memoryLayout(CompoundDataType c) {
        List<CompoundDataMember> members = new ArrayList<>(c.getMembers());
        members.sort(Comparator.comparingInt(CompoundDataMember::getOffset));
        List<Field> fields = new ArrayList<>();
        int shift = 0;
        for (CompoundDataMember m : members) {
            int[] dims = m.getDimensionSize() == null ? new int[0] : m.getDimensionSize();
            int n = count(dims);
            int fileSize = m.getDataType().getSize() * n;
            int memSize = memorySize(m.getDataType()) * n;
            fields.add(new Field(m.getName(), m.getDataType(), dims, m.getOffset() + shift));
            shift += memSize - fileSize;
        }
        return new Layout(fields, c.getSize() + shift);
    }

    private static String struct(CompoundDataType c) {
        Layout layout = memoryLayout(c);
        boolean packed = true;
        int offset = 0;
        for (Field f : layout.fields) {
            packed &= f.offset == offset;
            offset += itemSize(f.type) * count(f.dims);
        }
        packed &= offset == layout.size;
        if (packed) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            for (Field f : layout.fields) {
                DataType base = f.type instanceof ArrayDataType a ? a.getBaseType() : f.type;
                int[] dims = f.type instanceof ArrayDataType a ? a.getArrayTypeDimensions() : f.dims;
                items.add("(" + quote(f.name) + ", " + descr(base) + (dims.length > 0 ? ", " + shape(dims) : "") + ")");
            }
            return items.toString();
        }
        StringJoiner names = new StringJoiner(", ", "[", "]");
        StringJoiner formats = new StringJoiner(", ", "[", "]");
        StringJoiner offsets = new StringJoiner(", ", "[", "]");
        for (Field f : layout.fields) {
            names.add(quote(f.name));
            String d = descr(f.type);
            formats.add(f.dims.length > 0 ? "(" + d + ", " + shape(f.dims) + ")" : d);
            offsets.add(Integer.toString(f.offset));
        }
        return "{'names': " + names + ", 'formats': " + formats + ", 'offsets': " + offsets + ", 'itemsize': " + layout.size + "}";
    }

    /** h5py reads a compound of two equal floats named r and i as a complex number. */
    private static String complexName(CompoundDataType c, boolean shortForm) {
        List<CompoundDataMember> m = c.getMembers();
        if (m.size() != 2 || !m.get(0).getName().equals("r") || !m.get(1).getName().equals("i")
                || !(m.get(0).getDataType() instanceof FloatingPoint r) || !(m.get(1).getDataType() instanceof FloatingPoint i)
                || r.getSize() != i.getSize()) {
            return null;
        }
        boolean nativeOrder = littleEndian(r.getByteOrder()) == NATIVE_LITTLE;
        return shortForm || !nativeOrder ? order(2, r.getByteOrder()) + "c" + 2 * r.getSize() : "complex" + 16 * r.getSize();
    }

    private static String unquoted(String repr) {
        return repr.substring(1, repr.length() - 1);
    }

    private static String order(int size, ByteOrder byteOrder) {
        return size == 1 ? "" : littleEndian(byteOrder) ? "<" : ">";
    }

    private static boolean littleEndian(ByteOrder order) {
        return order == null || order == ByteOrder.LITTLE_ENDIAN;
    }

    private static int count(int[] dims) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    /** Python's repr of a shape tuple: {@code (3,)}, {@code (2, 3)}. */
    static String shape(int[] dims) {
        if (dims.length == 1) {
            return "(" + dims[0] + ",)";
        }
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (int d : dims) {
            j.add(Integer.toString(d));
        }
        return j.toString();
    }

    /** Python's repr of a string: single quotes unless the text holds one. */
    private static String quote(String s) {
        if (s.contains("'") && !s.contains("\"")) {
            return "\"" + s + "\"";
        }
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
