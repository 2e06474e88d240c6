package io.github.camelumf.springboot;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.util.ClassUtils;

/**
 * Converts a bean reference ({@code #bean:name} or {@code #name}) written for an object option of
 * {@link UmfComponentConfiguration} (token store, idempotent repository, SSL context parameters, HTTP client
 * configurer, ...) to that bean. The object options are found on the configuration class, so options added to the
 * component are covered without change here.
 */
public class UmfComponentConverter implements GenericConverter {

    private static final Set<ConvertiblePair> PAIRS = objectOptionTypes();

    private final ApplicationContext applicationContext;

    public UmfComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return PAIRS;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString().trim();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("expected a bean reference (#bean:name) of type "
                                               + targetType.getType().getName());
        }
        String name = reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }

    private static Set<ConvertiblePair> objectOptionTypes() {
        Set<ConvertiblePair> pairs = new LinkedHashSet<>();
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(UmfComponentConfiguration.class)
                    .getPropertyDescriptors()) {
                Class<?> type = property.getPropertyType();
                if (property.getWriteMethod() != null && isObjectOption(type)) {
                    pairs.add(new ConvertiblePair(String.class, type));
                }
            }
        } catch (IntrospectionException e) {
            throw new IllegalStateException("Cannot introspect " + UmfComponentConfiguration.class.getName(), e);
        }
        return Collections.unmodifiableSet(pairs);
    }

    private static boolean isObjectOption(Class<?> type) {
        return type != null && type != String.class && !type.isEnum() && !ClassUtils.isPrimitiveOrWrapper(type);
    }
}
