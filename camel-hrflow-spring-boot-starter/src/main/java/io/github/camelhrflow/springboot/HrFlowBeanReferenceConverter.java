package io.github.camelhrflow.springboot;

import java.util.Set;

import io.github.camelhrflow.HrFlowConfiguration;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds the object options of {@code camel.component.hrflow.*}: a property value {@code #bean:name} (or
 * {@code #name}) becomes the Spring bean of that name.
 */
final class HrFlowBeanReferenceConverter implements GenericConverter {

    private static final String BEAN_PREFIX = "#bean:";

    private final BeanFactory beanFactory;

    HrFlowBeanReferenceConverter(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, HrFlowConfiguration.class),
                new ConvertiblePair(String.class, HttpClientConfigurer.class),
                new ConvertiblePair(String.class, SSLContextParameters.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString().trim();
        String beanName = reference.startsWith(BEAN_PREFIX) ? reference.substring(BEAN_PREFIX.length())
                : reference.startsWith("#") ? reference.substring(1) : "";
        if (beanName.isBlank()) {
            // Spring's binder reports this with the property name
            throw new IllegalArgumentException("Expected a bean reference such as #bean:myBean for a "
                                               + targetType.getType().getName() + ", not '" + reference + "'");
        }
        return beanFactory.getBean(beanName, targetType.getType());
    }
}
