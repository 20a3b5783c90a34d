package org.vre.data.fits;

import java.util.List;

import org.vre.data.DataObject;

/**
 * One header-data unit as read: its kind (PrimaryHDU, ImageHDU, BinTableHDU, TableHDU, CompImageHDU),
 * EXTNAME/EXTVER, where it sits in the file, its header cards in order, and its data in the neutral model
 * (an Image, a Table, or null when the HDU has no data). For a tile-compressed image {@code cards} is the
 * image's header and {@code rawCards} the header of the binary table that stores it.
 */
public record FitsHdu(int index, String kind, String name, int version, long headerOffset, long dataOffset,
                      List<Card> cards, List<Card> rawCards, DataObject data, String numpyType) {

    /** A header card: keyword, typed value (Boolean, Long, Double, String or null), comment. */
    public record Card(String keyword, Object value, String comment) {
    }

    public FitsHdu {
        cards = List.copyOf(cards);
        rawCards = List.copyOf(rawCards);
    }
}
