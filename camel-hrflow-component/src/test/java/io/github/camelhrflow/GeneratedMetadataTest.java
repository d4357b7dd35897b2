package io.github.camelhrflow;

import java.io.InputStream;
import java.util.Properties;

import io.github.camelhrflow.model.Job;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Camel component plugin generates is on the classpath and used: discovery by scheme, configurers, URI
 * factory, converter loader, descriptor and the Jandex index Quarkus reads.
 */
class GeneratedMetadataTest {

    @Test
    void componentIsDiscoveredByItsScheme() throws Exception {
        Properties service = new Properties();
        try (InputStream in = resource("META-INF/services/org/apache/camel/component/hrflow")) {
            service.load(in);
        }
        assertEquals(HrFlowComponent.class.getName(), service.getProperty("class"));
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            assertInstanceOf(HrFlowComponent.class, context.getComponent("hrflow"));
            assertNotNull(context.getCamelContextExtension().getEndpointUriFactory("hrflow"));
            assertTrue(context.getTypeConverterRegistry().lookup(String.class, Job.class) != null,
                    "the generated converter loader registers Job -> String");
        }
    }

    @Test
    void generatedFilesArePresent() throws Exception {
        for (String path : new String[] { "META-INF/services/org/apache/camel/configurer/hrflow-component",
                "META-INF/services/org/apache/camel/configurer/hrflow-endpoint",
                "META-INF/services/org/apache/camel/urifactory/hrflow-endpoint",
                "META-INF/services/org/apache/camel/TypeConverterLoader",
                "META-INF/io/github/camelhrflow/hrflow.json", "META-INF/jandex.idx" }) {
            try (InputStream in = resource(path)) {
                assertTrue(in.read() >= 0, path + " is empty");
            }
        }
        Class.forName("io.github.camelhrflow.HrFlowComponentConfigurer");
        Class.forName("io.github.camelhrflow.HrFlowEndpointConfigurer");
        Class.forName("io.github.camelhrflow.HrFlowEndpointUriFactory");
        Class.forName("io.github.camelhrflow.HrFlowJobConvertersLoader");
    }

    private static InputStream resource(String path) {
        InputStream in = GeneratedMetadataTest.class.getClassLoader().getResourceAsStream(path);
        assertNotNull(in, path + " is not on the classpath");
        return in;
    }
}
