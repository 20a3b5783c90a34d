package org.vre.data;

import java.util.List;

import org.vre.data.fits.FitsDataReader;
import org.vre.data.hdf5.Hdf5DataReader;
import org.vre.data.root.RootDataReader;
import org.vre.data.text.CsvDataReader;
import org.vre.data.text.JsonDataReader;

/** Builds a registry with the formats this bundle brings; plugins register more on the instance. */
public final class StandardDataReaders {

    private StandardDataReaders() {
    }

    public static DataReaderRegistry create() {
        return new DataReaderRegistry(List.of(new RootDataReader(), new FitsDataReader(), new Hdf5DataReader(),
                new CsvDataReader(), new JsonDataReader()));
    }
}
