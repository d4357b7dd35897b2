package io.github.camelhrflow.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.camelhrflow.HrFlowComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.Environment;

/**
 * Copies onto every {@link HrFlowComponent} the {@code camel.component.hrflow.*} options that the application set,
 * and only those.
 * <p>
 * The bound {@link HrFlowComponentConfiguration} also carries the documented defaults; copying them would revert a
 * component bean configured in code (say a hand-set read timeout) to the default. So an option is copied only when
 * some property source (files, environment, system properties, test properties) actually names it.
 */
final class HrFlowComponentCustomizer implements ComponentCustomizer {

    /** Options of the auto-configuration itself, not of the component. */
    private static final Set<String> STARTER_OPTIONS = Set.of("enabled", "customizer");
    private static final String CONFIGURATION = "configuration";

    private final Environment environment;
    private final HrFlowComponentConfiguration properties;

    HrFlowComponentCustomizer(Environment environment, HrFlowComponentConfiguration properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof HrFlowComponent
               && HierarchicalPropertiesEvaluator.evaluate(environment, "camel.component.customizer",
                       HrFlowComponentConfiguration.PREFIX + ".customizer");
    }

    @Override
    public void configure(String name, Component target) {
        CamelContext camelContext = target.getCamelContext();
        // every option of the properties class exists on the component: one that does not bind is a bug, say so
        CamelPropertiesHelper.setCamelProperties(camelContext, target, setOptions(camelContext), true);
    }

    /** The options the application set, by component option name, the whole configuration first. */
    private Map<String, Object> setOptions(CamelContext camelContext) {
        Map<String, Object> bound = CamelPropertiesHelper.getNonNullProperties(camelContext, properties);
        bound.keySet().removeAll(STARTER_OPTIONS);
        Map<String, Object> set = new LinkedHashMap<>();
        // a whole configuration replaces the component's, so it goes first and the single options refine it
        Object configuration = bound.remove(CONFIGURATION);
        if (configuration != null && isSet(CONFIGURATION)) {
            set.put(CONFIGURATION, configuration);
        }
        bound.forEach((option, value) -> {
            if (isSet(option)) {
                set.put(option, value);
            }
        });
        return set;
    }

    /** Whether a property source names the option, in any of Spring's relaxed forms (api-key, apiKey, API_KEY). */
    private boolean isSet(String option) {
        ConfigurationPropertyName name = ConfigurationPropertyName
                .of(HrFlowComponentConfiguration.PREFIX + "." + StringHelper.camelCaseToDash(option));
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source.getConfigurationProperty(name) != null
                || source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
