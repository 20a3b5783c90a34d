package org.vre.data.fits;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vre.core.VreException;
import org.vre.data.Column;
import org.vre.data.DataFile;
import org.vre.data.DataNode;
import org.vre.data.DataObject;
import org.vre.data.Image;
import org.vre.data.Table;
import org.vre.data.ValueType;

import nom.tam.fits.AsciiTableHDU;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import nom.tam.fits.TableHDU;
import nom.tam.image.compression.hdu.CompressedImageHDU;

/**
 * A FITS file read with nom-tam-fits: every HDU's header, images (BSCALE/BZERO applied, tile-compressed
 * images decompressed) and ASCII/binary tables into the neutral model. HDUs are read when the file opens.
 */
public final class FitsDataFile implements DataFile {

    private static final long MAX_VALUES = 200_000_000L;

    private final Path path;
    private final List<FitsHdu> hdus;
    private final DataNode root;

    public FitsDataFile(Path path) {
        this.path = path;
        this.hdus = readAll(path);
        List<DataNode> children = new ArrayList<>();
        for (FitsHdu hdu : hdus) {
            DataNode.Kind kind = hdu.data() instanceof Image ? DataNode.Kind.IMAGE
                    : hdu.data() instanceof Table ? DataNode.Kind.TABLE : DataNode.Kind.OTHER;
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (FitsHdu.Card card : hdu.cards()) {
                if (card.keyword() != null && !card.keyword().isBlank() && card.value() != null) {
                    attributes.putIfAbsent(card.keyword(), card.value());
                }
            }
            children.add(new DataNode(hdu.name().isEmpty() ? "HDU " + hdu.index() : hdu.name(),
                    Integer.toString(hdu.index()), hdu.kind(), hdu.name(), kind, attributes, List.of()));
        }
        this.root = new DataNode(path.getFileName().toString(), "", "FITS", "", DataNode.Kind.DIRECTORY, Map.of(), children);
    }

    public List<FitsHdu> hdus() {
        return hdus;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String format() {
        return "FITS";
    }

    @Override
    public DataNode root() {
        return root;
    }

    /** Reads an HDU by index ("1"), by EXTNAME ("SCI") or by EXTNAME and EXTVER ("SCI,2"). */
    @Override
    public DataObject read(String hduPath) {
        FitsHdu hdu = find(hduPath);
        if (hdu.data() == null) {
            throw new VreException(path.getFileName() + ": HDU " + hdu.index() + " (" + hdu.kind() + ") has no data");
        }
        return hdu.data();
    }

    private FitsHdu find(String hduPath) {
        String p = hduPath.trim();
        try {
            int index = Integer.parseInt(p);
            if (index >= 0 && index < hdus.size()) {
                return hdus.get(index);
            }
        } catch (NumberFormatException e) {
            // a name
        }
        String name = p;
        int version = -1;
        int comma = p.lastIndexOf(',');
        if (comma > 0) {
            name = p.substring(0, comma).trim();
            version = Integer.parseInt(p.substring(comma + 1).trim());
        }
        for (FitsHdu hdu : hdus) {
            if (hdu.name().equalsIgnoreCase(name) && (version < 0 || hdu.version() == version)) {
                return hdu;
            }
        }
        throw new VreException(path.getFileName() + ": no HDU '" + hduPath + "' (it has " + hdus.size() + " HDUs: "
                + hdus.stream().map(h -> h.index() + (h.name().isEmpty() ? "" : " " + h.name())).toList() + ")");
    }

    @Override
    public void close() {
        // everything was read at open
    }

    private static List<FitsHdu> readAll(Path path) {
        List<FitsHdu> out = new ArrayList<>();
        try (Fits fits = new Fits(path.toFile())) {
            for (int index = 0; ; index++) {
                BasicHDU<?> hdu;
                try {
                    hdu = fits.readHDU();
                } catch (IOException | RuntimeException e) {
                    if (index == 0) {
                        throw new VreException(path.getFileName() + ": not a readable FITS file: " + e.getMessage(), e);
                    }
                    throw new VreException(path.getFileName() + ": HDU " + index + " is damaged: " + e.getMessage(), e);
                }
                if (hdu == null) {
                    break;
                }
                out.add(convert(path, index, hdu));
            }
        } catch (IOException e) {
            throw new VreException(path.getFileName() + ": " + e.getMessage(), e);
        } catch (VreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new VreException(path.getFileName() + ": not a readable FITS file: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new VreException(path.getFileName() + ": no HDU found (empty or not a FITS file)");
        }
        return out;
    }

    private static FitsHdu convert(Path path, int index, BasicHDU<?> hdu) {
        Header header = hdu.getHeader();
        String where = path.getFileName() + ": HDU " + index;
        String kind;
        DataObject data;
        Header cardsHeader = header;
        String name = header.getStringValue("EXTNAME", index == 0 ? "PRIMARY" : "");
        int version = header.getIntValue("EXTVER", 1);
        try {
            if (hdu instanceof CompressedImageHDU compressed) {
                kind = "CompImageHDU";
                ImageHDU image = compressed.asImageHDU();
                cardsHeader = image.getHeader();
                data = image(name, image.getHeader(), image.getKernel(), where);
            } else if (hdu instanceof ImageHDU image) {
                kind = index == 0 ? "PrimaryHDU" : "ImageHDU";
                data = header.getIntValue("NAXIS", 0) == 0 ? null : image(name, header, image.getKernel(), where);
            } else if (hdu instanceof BinaryTableHDU table) {
                kind = "BinTableHDU";
                data = table(name, table, where);
            } else if (hdu instanceof AsciiTableHDU table) {
                kind = "TableHDU";
                data = table(name, table, where);
            } else {
                kind = hdu.getClass().getSimpleName();
                data = null;
            }
        } catch (RuntimeException e) {
            throw new VreException(where + " (" + name + "): cannot read its data: " + e.getMessage(), e);
        }
        return new FitsHdu(index, kind, name, version, header.getFileOffset(), hdu.getData().getFileOffset(),
                cardsHeader == header ? FitsCardParser.read(path, header.getFileOffset())
                        : FitsCardParser.compressedImageCards(FitsCardParser.read(path, header.getFileOffset())),
                cardsHeader == header ? List.of() : FitsCardParser.read(path, header.getFileOffset()), data,
                numpyType(header, cardsHeader != header));
    }

    /** The element type as numpy names it for this HDU (big-endian on disk, native once decompressed). */
    private static String numpyType(Header header, boolean decompressed) {
        int bitpix = decompressed ? header.getIntValue("ZBITPIX", 0) : header.getIntValue("BITPIX", 0);
        double zero = header.getDoubleValue("BZERO", 0.0);
        double scale = header.getDoubleValue("BSCALE", 1.0);
        if (scale == 1 && (bitpix == 16 && zero == 32768 || bitpix == 32 && zero == 2147483648.0)) {
            return bitpix == 16 ? "uint16" : "uint32";
        }
        if (scale != 1 || zero != 0) {
            return bitpix == -64 || bitpix == 32 || bitpix == 64 ? "float64" : "float32";
        }
        String prefix = decompressed ? "" : ">";
        return switch (bitpix) {
            case 8 -> "uint8";
            case 16 -> decompressed ? "int16" : prefix + "i2";
            case 32 -> decompressed ? "int32" : prefix + "i4";
            case 64 -> decompressed ? "int64" : prefix + "i8";
            case -32 -> decompressed ? "float32" : prefix + "f4";
            case -64 -> decompressed ? "float64" : prefix + "f8";
            default -> "";
        };
    }

    private static Image image(String name, Header header, Object kernel, String where) {
        List<Integer> dims = new ArrayList<>();
        Object level = kernel;
        while (level != null && level.getClass().isArray() && level.getClass().getComponentType().isArray()) {
            dims.add(Array.getLength(level));
            level = Array.getLength(level) == 0 ? null : Array.get(level, 0);
        }
        if (level != null) {
            dims.add(Array.getLength(level));
        }
        long total = 1;
        for (int d : dims) {
            total *= d;
        }
        if (total > MAX_VALUES) {
            throw new VreException(where + ": image of " + total + " pixels is too large to load");
        }
        double scale = header.getDoubleValue("BSCALE", 1.0);
        double zero = header.getDoubleValue("BZERO", 0.0);
        double[] values = new double[(int) total];
        int[] n = {0};
        flatten(kernel, values, n, scale, zero);
        int bitpix = header.getIntValue("BITPIX", -64);
        ValueType type = switch (bitpix) {
            case 8 -> ValueType.UINT8;
            case 16 -> zero == 32768 && scale == 1 ? ValueType.UINT16 : ValueType.INT16;
            case 32 -> zero == 2147483648.0 && scale == 1 ? ValueType.UINT32 : ValueType.INT32;
            case 64 -> ValueType.INT64;
            case -32 -> ValueType.FLOAT32;
            default -> ValueType.FLOAT64;
        };
        if ((scale != 1 || zero != 0) && type.isInteger() && type != ValueType.UINT16 && type != ValueType.UINT32) {
            type = ValueType.FLOAT64;
        }
        return new Image(name, header.getStringValue("OBJECT", ""), dims.stream().mapToInt(Integer::intValue).toArray(),
                values, type);
    }

    private static void flatten(Object array, double[] out, int[] n, double scale, double zero) {
        if (array instanceof short[] s) {
            for (short v : s) {
                out[n[0]++] = v * scale + zero;
            }
        } else if (array instanceof int[] s) {
            for (int v : s) {
                out[n[0]++] = v * scale + zero;
            }
        } else if (array instanceof long[] s) {
            for (long v : s) {
                out[n[0]++] = v * scale + zero;
            }
        } else if (array instanceof float[] s) {
            for (float v : s) {
                out[n[0]++] = v * scale + zero;
            }
        } else if (array instanceof double[] s) {
            for (double v : s) {
                out[n[0]++] = v * scale + zero;
            }
        } else if (array instanceof byte[] s) {
            for (byte v : s) {
                out[n[0]++] = (v & 0xff) * scale + zero;
            }
        } else if (array instanceof Object[] nested) {
            for (Object o : nested) {
                flatten(o, out, n, scale, zero);
            }
        }
    }

    private static Table table(String name, TableHDU<?> hdu, String where) throws FitsException {
        Header header = hdu.getHeader();
        int rows = hdu.getNRows();
        int cols = hdu.getNCols();
        if ((long) rows * Math.max(cols, 1) > MAX_VALUES) {
            throw new VreException(where + ": table of " + rows + " rows x " + cols + " columns is too large to load");
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            String columnName = header.getStringValue("TTYPE" + (c + 1), "col" + (c + 1)).trim();
            Object[] cells = new Object[rows];
            for (int r = 0; r < rows; r++) {
                cells[r] = hdu.getElement(r, c);
            }
            columns.add(FitsColumns.column(columnName, cells,
                    header.getStringValue("TFORM" + (c + 1), "").trim().toUpperCase(Locale.ROOT),
                    hdu instanceof AsciiTableHDU));
        }
        return new Table(name, header.getStringValue("EXTNAME", ""), rows, columns);
    }
}
