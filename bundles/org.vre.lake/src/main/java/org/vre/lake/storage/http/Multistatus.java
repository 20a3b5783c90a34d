package org.vre.lake.storage.http;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.vre.lake.storage.StorageEntry;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;

/** Reads a WebDAV PROPFIND answer ({@code 207 Multi-Status}) into entries; DTDs and entities are refused. */
final class Multistatus {

    private static final String DAV = "DAV:";

    private Multistatus() {
    }

    /** Entries in document order; hrefs are resolved against {@code base} and keep its scheme. */
    static List<StorageEntry> parse(InputStream body, URI base) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        List<StorageEntry> entries = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(body);
            String href = null;
            boolean collection = false;
            long length = -1;
            Instant modified = null;
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    text.setLength(0);
                    if (DAV.equals(xml.getNamespaceURI())) {
                        switch (xml.getLocalName()) {
                            case "response" -> {
                                href = null;
                                collection = false;
                                length = -1;
                                modified = null;
                            }
                            case "collection" -> collection = true;
                            default -> { }
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && DAV.equals(xml.getNamespaceURI())) {
                    String value = text.toString().trim();
                    switch (xml.getLocalName()) {
                        case "href" -> href = value;
                        case "getcontentlength" -> length = parseLength(value);
                        case "getlastmodified" -> modified = parseDate(value);
                        case "response" -> {
                            if (href != null) {
                                entries.add(entry(base, href, collection, length, modified));
                            }
                        }
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new StorageException(Reason.SERVER_ERROR, base,
                    "the server's PROPFIND answer is not valid XML: " + e.getMessage(), e);
        }
        return entries;
    }

    private static StorageEntry entry(URI base, String href, boolean collection, long length, Instant modified) {
        URI resolved = base.resolve(URI.create(href.replace(" ", "%20")));
        String path = resolved.getPath();
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return new StorageEntry(resolved, name, collection, collection ? -1 : length, modified);
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Instant parseDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
