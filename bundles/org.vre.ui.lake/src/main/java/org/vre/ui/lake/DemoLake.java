package org.vre.ui.lake;

/** The demo scope a new user finds in a fresh embedded lake. */
final class DemoLake {

    private DemoLake() {
    }

    static void fillOnFirstStart(LakeSession session) {
        // filled in below
    }
}
