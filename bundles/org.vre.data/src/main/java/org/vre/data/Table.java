package org.vre.data;

import java.util.List;
import java.util.Optional;

/** Rows of typed columns: a ROOT TTree/TNtuple, a FITS table, an HDF5 compound dataset, a CSV file. */
public record Table(String name, String title, long rows, List<Column> columns) implements DataObject {

    public Table {
        columns = List.copyOf(columns);
        for (Column column : columns) {
            if (column.size() != rows) {
                throw new IllegalArgumentException("table " + name + ": column " + column.name() + " has "
                        + column.size() + " rows, table has " + rows);
            }
        }
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
