package org.vre.lake.xrootd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.lake.xrootd.testing.XrootdServer;

/** Files written by this client are read by xrdcp and the other way round, with equal checksums. */
class XrootdInteropTest {

    @TempDir
    Path local;

    @Test
    void xrdcpReadsWhatWeWriteAndWeReadWhatXrdcpWrites() throws IOException {
        XrootdServer.requireBinary("xrdcp");
        try (XrootdServer server = XrootdServer.start();
                XrootdClient client = new XrootdClient(XrootdClientConfig.defaults())) {
            byte[] ours = new byte[20_000_003];
            new Random(5).nextBytes(ours);
            Path oursLocal = local.resolve("ours.bin");
            Files.write(oursLocal, ours);
            try (OutputStream out = client.openOutputStream(server.url("/interop/ours.bin"))) {
                out.write(ours);
            }
            Path fetched = local.resolve("fetched-by-xrdcp.bin");
            XrootdServer.run("xrdcp", "--nopbar", "-f", server.uri("/interop/ours.bin").toString(), fetched.toString());
            assertEquals(Digests.of(oursLocal), Digests.of(fetched));
            assertEquals(Digests.xrdadler32(oursLocal), client.checksum(server.url("/interop/ours.bin"), "adler32"));

            Path theirsLocal = local.resolve("theirs.bin");
            byte[] theirs = new byte[17_000_001];
            new Random(6).nextBytes(theirs);
            Files.write(theirsLocal, theirs);
            XrootdServer.run("xrdcp", "--nopbar", "-f", theirsLocal.toString(),
                    server.uri("/interop/theirs.bin").toString());
            Digests read;
            try (InputStream in = client.openInputStream(server.url("/interop/theirs.bin"), 0, -1)) {
                read = Digests.of(in);
            }
            assertEquals(Digests.of(theirsLocal), read);
            assertEquals(Digests.xrdadler32(theirsLocal), client.checksum(server.url("/interop/theirs.bin"), "adler32"));
            String xrdfsSum = XrootdServer.run("xrdfs", "127.0.0.1:" + server.port(), "query", "checksum",
                    "/interop/theirs.bin").trim();
            assertEquals("adler32 " + read.adler32(), xrdfsSum);
        }
    }
}
