package org.jointplan.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version (the version comes from pom.xml through a filtered resource). */
public final class AppInfo {
    public static final String NAME = "JointPlan";

    private AppInfo() {
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/jointplan/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
