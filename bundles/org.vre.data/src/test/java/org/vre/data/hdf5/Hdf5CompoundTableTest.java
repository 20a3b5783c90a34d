package org.vre.data.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vre.data.Column;
import org.vre.data.ExpectedJson;
import org.vre.data.Table;
import org.vre.data.ValueType;

/** Compound datasets become tables of typed columns: nested members opened up, arrays as array columns. */
class Hdf5CompoundTableTest {

    private static Hdf5DataFile open() {
        return new Hdf5DataFile(ExpectedJson.resource("hdf5/compound_datasets_latest.hdf5"));
    }

    @Test
    void membersBecomeTypedColumns() {
        try (Hdf5DataFile file = open()) {
            Table t = (Table) file.read("/chunked_compound");
            assertEquals(List.of("firstName", "surname", "gender", "age", "fav_number", "vector"), t.columnNames());
            assertEquals(4, t.rows());
            assertEquals("Peter", t.column("firstName").orElseThrow().value(1));
            assertEquals("Fletcher", t.column("surname").orElseThrow().value(1));
            Column gender = t.column("gender").orElseThrow();
            assertEquals(ValueType.UINT8, gender.type(), "an enum keeps its stored integer type");
            assertEquals(List.of(0L, 0L, 0L, 1L), List.of(gender.value(0), gender.value(1), gender.value(2), gender.value(3)));
            assertEquals(ValueType.FLOAT32, t.column("fav_number").orElseThrow().type());
            Column.Arrays vector = assertInstanceOf(Column.Arrays.class, t.column("vector").orElseThrow());
            assertEquals(List.of(1.0, 2.0, 3.0), vector.value(0));
            assertEquals(ValueType.FLOAT32, vector.type());
        }
    }

    @Test
    void nestedAndVariableLengthMembers() {
        try (Hdf5DataFile file = open()) {
            Table nested = (Table) file.read("/nested_contiguous_compound");
            assertEquals(List.of("firstNumber.real", "firstNumber.img", "secondNumber.real", "secondNumber.img"), nested.columnNames());
            assertEquals(2.0, nested.column("secondNumber.img").orElseThrow().number(2));

            Table vlen = (Table) file.read("/vlen_chunked_compound");
            Column.Arrays two = assertInstanceOf(Column.Arrays.class, vlen.column("two").orElseThrow());
            assertEquals(List.of(3, 2), List.of(two.length(2), two.length(1)));
            assertEquals(List.of(2L, 2L, 2L), two.value(2));

            Table grid = (Table) file.read("/2d_chunked_compound");
            assertEquals(9, grid.rows(), "a 3x3 compound dataset is 9 rows in C order");
            assertEquals((double) -32.3f, grid.column("real").orElseThrow().number(2));
        }
    }

    @Test
    void storageDescribesChunksFiltersAndFill() {
        try (Hdf5DataFile file = open()) {
            DatasetStorage s = file.storage("/2d_chunked_compound");
            assertEquals("[('real', '<f4'), ('img', '<f4')]", s.dtype());
            assertEquals(List.of(1, 2), s.chunks());
            assertEquals("gzip", s.compression());
            assertEquals(4, s.compressionOptions());
            assertEquals(java.util.Map.of("real", 0.0, "img", 0.0), s.fillValue());
            assertEquals("{'names': ['one', 'two'], 'formats': ['O', 'O'], 'offsets': [0, 16], 'itemsize': 32}",
                    file.storage("/vlen_contiguous_compound").dtype(), "sequences take 16 bytes in memory, numpy objects 8");
        }
    }
}
