package org.vre.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.VreException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** {@code vre inspect} and {@code vre plot} on a real ROOT file and on files a shell step would write. */
class DataCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        // the same contract as the root command's handler: user errors are one line, exit code 1
        cl.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof VreException) {
                c.getErr().println("vre: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl.execute(args);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DataCommandsTest.class.getResource(name).toURI());
    }

    @Test
    void inspectJsonUsesTheReferenceFieldNamesAndValues() throws Exception {
        assertEquals(0, run(new InspectCommand(), resource("uproot-histograms.root").toString(), "--json"), err.toString());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode actual = mapper.readTree(out.toString());
        JsonNode expected = mapper.readTree(resource("uproot-histograms.root.json").toFile());
        for (String field : new String[] {"keys", "histograms", "graphs", "trees", "rootVersion", "fSeekInfo"}) {
            assertEquals(normalised(expected.get(field)), normalised(actual.get(field)), field);
        }
    }

    /** Numbers compared as doubles: 10000 and 10000.0 are the same answer. */
    private static JsonNode normalised(JsonNode node) {
        ObjectMapper mapper = new ObjectMapper();
        if (node.isNumber()) {
            return mapper.getNodeFactory().numberNode(node.doubleValue());
        }
        if (node.isArray()) {
            var array = mapper.createArrayNode();
            node.forEach(n -> array.add(normalised(n)));
            return array;
        }
        if (node.isObject()) {
            var object = mapper.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                object.set(e.getKey(), normalised(e.getValue()));
            }
            return object;
        }
        return node;
    }

    @Test
    void inspectTextListsTheObjects() throws Exception {
        assertEquals(0, run(new InspectCommand(), resource("uproot-histograms.root").toString()));
        assertTrue(out.toString().contains("TH1F  one;1  \"numero uno\""), out.toString());
    }

    @Test
    void plotOverlaysTwoFilesWithRatioToPng() throws Exception {
        Path a = dir.resolve("run1.json");
        Path b = dir.resolve("run2.json");
        Files.writeString(a, "{\"type\":\"histogram\",\"name\":\"m\",\"title\":\"m_{#mu#mu}\",\"edges\":[0,1,2,3],\"contents\":[10,20,30]}");
        Files.writeString(b, "{\"type\":\"histogram\",\"name\":\"m\",\"edges\":[0,1,2,3],\"contents\":[12,18,33]}");
        Path png = dir.resolve("out/compare.png");
        assertEquals(0, run(new PlotCommand(), a + ":m", b + ":m", "--out", png.toString(), "--normalize", "--ratio", "--logy"),
                err.toString());
        assertEquals(800, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void plotOfARootHistogramToSvgAndPdf() throws Exception {
        Path svg = dir.resolve("one.svg");
        assertEquals(0, run(new PlotCommand(), resource("uproot-histograms.root") + ":one", "--out", svg.toString()), err.toString());
        assertTrue(Files.readString(svg).contains("numero uno"));
        Path pdf = dir.resolve("one.pdf");
        assertEquals(0, run(new PlotCommand(), resource("uproot-histograms.root").toString(), "--out", pdf.toString()), err.toString());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    @Test
    void errorsAreOneLineNamingTheProblem() throws IOException, URISyntaxException {
        assertEquals(1, run(new PlotCommand(), resource("uproot-histograms.root") + ":nothere", "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("no object 'nothere'"), err.toString());
        assertEquals(1, run(new PlotCommand(), resource("uproot-histograms.root") + ":one", "--out", dir.resolve("x.gif").toString()));
        assertTrue(err.toString().contains("unknown plot format"), err.toString());
        Path broken = dir.resolve("broken.root");
        Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(resource("uproot-histograms.root")), 3000));
        assertEquals(1, run(new InspectCommand(), broken.toString()));
        assertTrue(err.toString().contains("broken.root") && err.toString().contains("truncated"), err.toString());
    }
}
