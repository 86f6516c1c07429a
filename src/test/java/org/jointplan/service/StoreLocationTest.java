package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
    @Test
    void defaultLocationFollowsEachOperatingSystem() {
        assertEquals(Path.of("/home/o/.local/share/jointplan/jointplan.sqlite"),
                StoreLocation.choose(null, Map.of(), "Linux", "/home/o"));
        assertEquals(Path.of("/x/data/jointplan/jointplan.sqlite"),
                StoreLocation.choose(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/o"));
        assertEquals(Path.of("/home/o/Library/Application Support/JointPlan/jointplan.sqlite"),
                StoreLocation.choose(null, Map.of(), "Mac OS X", "/home/o"));
        assertEquals(Path.of("/roaming/JointPlan/jointplan.sqlite"),
                StoreLocation.choose(null, Map.of("APPDATA", "/roaming"), "Windows 11", "/home/o"));
        assertEquals(Path.of("/env/plan.sqlite"),
                StoreLocation.choose(null, Map.of("JOINTPLAN_STORE", "/env/plan.sqlite"), "Linux", "/home/o"));
        assertEquals(Path.of("/opt/p.sqlite"), StoreLocation.choose(Path.of("/opt/p.sqlite"),
                Map.of("JOINTPLAN_STORE", "/env/plan.sqlite"), "Linux", "/home/o"));
    }
}
