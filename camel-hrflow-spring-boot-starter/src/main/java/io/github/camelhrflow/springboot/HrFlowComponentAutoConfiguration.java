package io.github.camelhrflow.springboot;

import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Configures the hrflow component from {@code camel.component.hrflow.*}, whether Camel creates the component or the
 * application declares an {@code HrFlowComponent} bean. Off with {@code camel.component.hrflow.enabled=false}; the
 * customizer alone with {@code camel.component.hrflow.customizer.enabled=false}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", HrFlowComponentConfiguration.PREFIX })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, HrFlowComponentConfiguration.class })
public class HrFlowComponentAutoConfiguration {

    /** Static: the binder needs it before this configuration class exists. */
    @Bean
    @ConfigurationPropertiesBinding
    static HrFlowBeanReferenceConverter hrFlowBeanReferenceConverter(BeanFactory beanFactory) {
        return new HrFlowBeanReferenceConverter(beanFactory);
    }

    /** Lazy: Camel looks customizers up when it adds a component, after the beans they refer to exist. */
    @Lazy
    @Bean
    ComponentCustomizer configureHrFlowComponent(Environment environment, HrFlowComponentConfiguration properties) {
        return new HrFlowComponentCustomizer(environment, properties);
    }
}
