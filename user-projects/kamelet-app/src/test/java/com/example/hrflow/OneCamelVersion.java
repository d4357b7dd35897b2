package com.example.hrflow;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The org.apache.camel jars of the test class path, by artifact, with their versions. */
final class OneCamelVersion {

    private static final Pattern CAMEL_JAR = Pattern.compile("org/apache/camel/([^/]+)/([^/]+)/[^/]+\\.jar$");

    private OneCamelVersion() {
    }

    static Map<String, String> camelJars() {
        Map<String, String> jars = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Matcher m = CAMEL_JAR.matcher(entry.replace(File.separatorChar, '/'));
            if (m.find()) {
                jars.put(m.group(1), m.group(2));
            }
        }
        return jars;
    }
}
