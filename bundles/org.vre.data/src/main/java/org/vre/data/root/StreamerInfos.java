package org.vre.data.root;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The file's class descriptions, looked up by class name and version. */
final class StreamerInfos {

    private final Map<String, List<StreamerInfo>> byName = new HashMap<>();

    void add(StreamerInfo info) {
        byName.computeIfAbsent(info.className(), k -> new ArrayList<>()).add(info);
    }

    /** The description of {@code className} at {@code version}, else the only/last one the file has, else null. */
    StreamerInfo find(String className, int version) {
        List<StreamerInfo> infos = byName.get(className);
        if (infos == null || infos.isEmpty()) {
            return null;
        }
        for (StreamerInfo info : infos) {
            if (info.classVersion() == version) {
                return info;
            }
        }
        return infos.get(infos.size() - 1);
    }

    int size() {
        return byName.size();
    }
}
