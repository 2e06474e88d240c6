package io.github.camelumf.springboot;

import io.github.camelumf.UmfComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Auto-configuration of the {@code umf} component, in the shape of Camel's own starters: the
 * {@code camel.component.umf.*} properties ({@link UmfComponentConfiguration}) are copied onto the component when
 * Camel creates it; {@code camel.component.umf.enabled=false} switches this off and
 * {@code camel.component.umf.customizer.enabled=false} (or {@code camel.component.customizer.enabled=false}) leaves
 * the component as the application configured it. The keys are checked at start-up.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, UmfComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.umf" })
public class UmfComponentAutoConfiguration {

    static final String PREFIX = "camel.component.umf";

    @Lazy
    @Bean
    public ComponentCustomizer configureUmfComponent(ApplicationContext applicationContext,
                                                     UmfComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        PREFIX + ".customizer") && target instanceof UmfComponent;
            }
        };
    }

    /** Fails start-up on a key that cannot be read or parsed, naming the Spring property. */
    @Bean
    public UmfKeyCheck umfKeyCheck(CamelContext camelContext, UmfComponentConfiguration configuration) {
        return new UmfKeyCheck(camelContext, configuration);
    }

    /** Binds {@code #bean:name} (or {@code #name}) values of object options to beans. */
    @Bean
    @ConfigurationPropertiesBinding
    public static UmfComponentConverter umfComponentConverter(ApplicationContext applicationContext) {
        return new UmfComponentConverter(applicationContext);
    }
}
