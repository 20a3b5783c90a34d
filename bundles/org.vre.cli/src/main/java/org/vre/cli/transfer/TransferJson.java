package org.vre.cli.transfer;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.lake.transfer.ConsistencyReport;
import org.vre.lake.transfer.DownloadedFile;
import org.vre.lake.transfer.TransferRound;
import org.vre.lake.transfer.UploadedFile;


/** Machine output of the transfer verbs: plain maps, stable field order, paths and URIs as strings. */
final class TransferJson {

    private TransferJson() {
    }

    static void print(PrintWriter out, Object value) {
        org.vre.cli.JsonOutput.print(out, value);
    }

    static Map<String, Object> upload(UploadedFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("did", f.did().toString());
        m.put("file", f.source().toString());
        m.put("rse", f.rse());
        m.put("pfn", f.pfn() == null ? null : f.pfn().toString());
        m.put("bytes", f.bytes());
        m.put("adler32", f.adler32());
        m.put("md5", f.md5());
        m.put("status", f.status().name());
        m.put("error", f.error());
        return m;
    }

    static Map<String, Object> download(DownloadedFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("did", f.did().toString());
        m.put("path", f.path().toString());
        m.put("rse", f.rse());
        m.put("pfn", f.pfn() == null ? null : f.pfn().toString());
        m.put("bytes", f.bytes());
        m.put("adler32", f.adler32());
        m.put("status", f.status().name());
        m.put("resumed", f.resumed());
        m.put("problems", f.problems());
        m.put("error", f.error());
        return m;
    }

    static Map<String, Object> round(TransferRound r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claimed", r.claimed());
        m.put("done", r.done());
        m.put("failed", r.failed());
        m.put("third_party_copies", r.thirdParty());
        m.put("bytes", r.bytes());
        m.put("errors", r.errors());
        return m;
    }

    static Map<String, Object> check(ConsistencyReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rse", r.rse());
        m.put("root", r.root().toString());
        m.put("files_on_storage", r.filesOnStorage());
        m.put("replicas_checked", r.replicasChecked());
        m.put("consistent", r.isConsistent());
        m.put("dark", r.dark().stream().map(Object::toString).toList());
        m.put("lost", problems(r.lost()));
        m.put("corrupted", problems(r.corrupted()));
        return m;
    }

    private static List<Map<String, Object>> problems(List<ConsistencyReport.Problem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("did", p.did().toString());
            m.put("pfn", p.pfn().toString());
            m.put("reason", p.reason());
            return m;
        }).toList();
    }
}
