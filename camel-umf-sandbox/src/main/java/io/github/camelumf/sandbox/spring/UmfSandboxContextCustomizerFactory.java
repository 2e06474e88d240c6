package io.github.camelumf.sandbox.spring;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Registered in META-INF/spring.factories: installs a sandbox for test classes with {@link AutoConfigureUmfSandbox}. */
public class UmfSandboxContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureUmfSandbox.class)
                ? new UmfSandboxContextCustomizer()
                : null;
    }

    /** Equal to every other instance, so that test contexts with a sandbox are cached like any other. */
    static final class UmfSandboxContextCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            UmfSandboxSpring.install(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof UmfSandboxContextCustomizer;
        }

        @Override
        public int hashCode() {
            return UmfSandboxContextCustomizer.class.hashCode();
        }
    }
}
