package io.github.camelumf.springboot;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the values of the component's secret options (those marked secret in the component metadata: client secret,
 * private key and its password, proxy credentials) in {@code /actuator/env} and {@code /actuator/configprops}, even
 * when the application shows values ({@code management.endpoint.env.show-values=ALWAYS}). Matches every spelling
 * relaxed binding accepts: {@code camel.component.umf.client-secret}, {@code camel.component.umf.clientSecret},
 * {@code CAMEL_COMPONENT_UMF_CLIENTSECRET}.
 */
public class UmfSecretsSanitizingFunction implements SanitizingFunction {

    private static final String PREFIX = normalise(UmfComponentAutoConfiguration.PREFIX);
    private static final Set<String> SECRETS = UmfComponentConfiguration.SECRET_PROPERTIES.stream()
            .map(UmfSecretsSanitizingFunction::normalise).collect(Collectors.toUnmodifiableSet());

    @Override
    public SanitizableData apply(SanitizableData data) {
        return isSecret(data.getKey()) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
    }

    static boolean isSecret(String key) {
        return key != null && SECRETS.contains(normalise(key)) && normalise(key).startsWith(PREFIX);
    }

    private static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
