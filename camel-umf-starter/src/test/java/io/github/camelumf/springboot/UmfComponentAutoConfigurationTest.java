package io.github.camelumf.springboot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.http.HttpClientConfigurer;
import io.github.camelumf.sandbox.UmfSandbox;
import io.github.camelumf.security.InMemoryTokenStore;
import io.github.camelumf.security.TokenStore;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration on its own (ApplicationContextRunner): binding of every option, defaults, relaxed names,
 * bean pick-up for object options, the enabled and customizer switches, and start-up failures that name the property.
 */
class UmfComponentAutoConfigurationTest {

    private static UmfSandbox sandbox;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, UmfComponentAutoConfiguration.class));

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() throws Exception {
        sandbox = UmfSandbox.builder().build();
        // a key on the test classpath, for classpath: (written from the generated certificate, never committed)
        Path classes = Path.of(UmfComponentAutoConfigurationTest.class.getResource("/").toURI());
        Files.writeString(classes.resolve("umf-test-certificate.pem"), sandbox.keys().umfCertificatePem());
    }

    @AfterAll
    static void close() {
        sandbox.close();
    }

    @Test
    void everySimpleOptionIsBoundOntoTheComponent() {
        Map<String, Object> expected = new LinkedHashMap<>();
        List<String> properties = new ArrayList<>();
        ComponentMetadata.componentOptions().forEach((option, metadata) -> {
            Object value = nonDefaultValue(option, metadata);
            if (value != null) {
                expected.put(option, value);
                properties.add(ComponentMetadata.springProperty(option) + "=" + value);
            }
        });

        runner.withPropertyValues(properties.toArray(String[]::new)).run(context -> {
            assertThat(context).hasNotFailed();
            UmfComponent component = umf(context.getBean(CamelContext.class));
            PropertyConfigurerGetter getter = (PropertyConfigurerGetter) component.getComponentPropertyConfigurer();
            // (TestPropertyValues trims values: the PEM keys lose their final newline on the way)
            expected.forEach((option, value) -> assertThat(String.valueOf(getter.getOptionValue(component, option, false))
                    .strip()).as(option).isEqualTo(String.valueOf(value).strip()));
        });
        assertThat(expected).containsKeys("clientId", "clientSecret", "privateKey", "umfPublicKey", "environment",
                "responseTimeout", "tokenRefreshMargin", "encryptSensitiveFields", "path");
    }

    @Test
    void withoutPropertiesTheComponentKeepsItsDefaults() {
        runner.run(context -> {
            UmfConfiguration configuration = umf(context.getBean(CamelContext.class)).getConfiguration();
            UmfConfiguration defaults = new UmfConfiguration();
            assertThat(configuration.getEnvironment()).isEqualTo(defaults.getEnvironment());
            assertThat(configuration.getResponseTimeout()).isEqualTo(defaults.getResponseTimeout());
            assertThat(configuration.isEncryptSensitiveFields()).isTrue();
            assertThat(configuration.getPath()).isEqualTo("/umf/notifications");
            assertThat(configuration.getClientId()).isNull();
        });
    }

    @Test
    void relaxedNamesBind() {
        runner.withPropertyValues("camel.component.umf.clientId=camel-case", "camel.component.umf.response_timeout=1234")
                .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("env", Map.of("CAMEL_COMPONENT_UMF_CLIENT_SECRET", "from-env",
                                "CAMEL_COMPONENT_UMF_ENVIRONMENT", "live_us"))))
                .run(context -> {
                    UmfConfiguration configuration = umf(context.getBean(CamelContext.class)).getConfiguration();
                    assertThat(configuration.getClientId()).isEqualTo("camel-case");
                    assertThat(configuration.getClientSecret()).isEqualTo("from-env");
                    assertThat(configuration.getResponseTimeout()).isEqualTo(1234);
                    assertThat(configuration.getEnvironment()).isEqualTo(UmfEnvironment.LIVE_US);
                });
    }

    @Test
    void singleBeansOfTheObjectOptionTypesArePickedUp() {
        runner.withUserConfiguration(OneOfEach.class).run(context -> {
            UmfConfiguration configuration = umf(context.getBean(CamelContext.class)).getConfiguration();
            assertThat(configuration.getTokenStore()).isSameAs(context.getBean(TokenStore.class));
            assertThat(configuration.getIdempotentRepository()).isSameAs(context.getBean(IdempotentRepository.class));
            assertThat(configuration.getSslContextParameters()).isSameAs(context.getBean(SSLContextParameters.class));
            assertThat(configuration.getHttpClientConfigurer()).isSameAs(context.getBean(HttpClientConfigurer.class));
        });
    }

    @Test
    void beanReferencesChooseAmongSeveralBeans() {
        runner.withUserConfiguration(TwoTokenStores.class)
                .withPropertyValues("camel.component.umf.token-store=#bean:clusterStore",
                        "camel.component.umf.idempotent-repository=#notifications")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    UmfConfiguration configuration = umf(context.getBean(CamelContext.class)).getConfiguration();
                    assertThat(configuration.getTokenStore()).isSameAs(context.getBean("clusterStore"));
                    assertThat(configuration.getIdempotentRepository()).isSameAs(context.getBean("notifications"));
                });
    }

    @Test
    void severalBeansOfATypeAndNoReferenceLeaveTheOptionUnset() {
        runner.withUserConfiguration(TwoTokenStores.class).run(context -> {
            assertThat(umf(context.getBean(CamelContext.class)).getConfiguration().getTokenStore()).isNull();
        });
    }

    @Test
    void keysAreReadFromFileClasspathAndInlinePem() throws Exception {
        Path privateKey = Files.writeString(dir.resolve("merchant.pem"), sandbox.keys().merchantPrivateKeyPkcs1Pem());
        runner.withPropertyValues("camel.component.umf.private-key=file:" + privateKey,
                        "camel.component.umf.umf-public-key=classpath:umf-test-certificate.pem")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(UmfKeyCheck.class));
        runner.withPropertyValues("camel.component.umf.private-key=" + sandbox.keys().merchantPrivateKeyPkcs8Pem(),
                        "camel.component.umf.umf-public-key=" + sandbox.keys().umfPublicKeyPem())
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void missingKeyFileFailsStartUpNamingTheProperty() {
        runner.withPropertyValues("camel.component.umf.private-key=file:" + dir.resolve("absent.pem"))
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(InvalidUmfPropertyException.class)
                        .hasMessageStartingWith("camel.component.umf.private-key: cannot read the resource file:"));
        runner.withPropertyValues("camel.component.umf.umf-public-key=classpath:no-such-key.pem")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("camel.component.umf.umf-public-key: cannot read the resource"));
    }

    @Test
    void malformedInlineKeyFailsStartUpWithoutShowingTheKey() {
        String pem = sandbox.keys().merchantPrivateKeyPkcs8Pem();
        String broken = pem.substring(0, pem.length() / 2) + "\n-----END PRIVATE KEY-----\n";
        String someKeyMaterial = pem.split("\n")[2];
        runner.withPropertyValues("camel.component.umf.private-key=" + broken)
                .run(context -> {
                    Throwable root = assertThat(context).getFailure().rootCause().actual();
                    assertThat(root).isInstanceOf(InvalidUmfPropertyException.class)
                            .hasMessageStartingWith("camel.component.umf.private-key: not a usable RSA private key");
                    assertThat(root.getMessage()).doesNotContain(someKeyMaterial).doesNotContain("BEGIN");
                });
    }

    @Test
    void missingKeyOfAStartingEndpointIsReportedWithTheSpringProperty() {
        runner.withUserConfiguration(PaymentRoute.class)
                .withPropertyValues("camel.component.umf.environment=SANDBOX",
                        "camel.component.umf.base-url=" + sandbox.start().baseUrl(),
                        "camel.component.umf.client-id=" + sandbox.clientId(),
                        "camel.component.umf.client-secret=" + sandbox.clientSecret())
                .run(context -> {
                    Throwable failure = assertThat(context).getFailure().actual();
                    FailureAnalysis analysis = new UmfConfigurationFailureAnalyzer().analyze(failure);
                    assertThat(analysis).as("a UmfConfigurationException among the causes of %s", failure).isNotNull();
                    assertThat(analysis.getDescription()).contains("privateKey").contains("is required")
                            .contains("camel.component.umf.private-key");
                });
    }

    @Test
    void disabledStarterConfiguresNothing() {
        runner.withPropertyValues("camel.component.umf.enabled=false", "camel.component.umf.client-id=ignored",
                        "camel.component.umf.private-key=file:/does/not/matter.pem")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(UmfKeyCheck.class)
                            .doesNotHaveBean(ComponentCustomizer.class);
                    assertThat(umf(context.getBean(CamelContext.class)).getConfiguration().getClientId()).isNull();
                });
    }

    @Test
    void disabledCustomizerLeavesTheComponentAsTheApplicationConfiguredIt() {
        runner.withPropertyValues("camel.component.umf.customizer.enabled=false", "camel.component.umf.client-id=ignored")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ComponentCustomizer.class);
                    assertThat(umf(context.getBean(CamelContext.class)).getConfiguration().getClientId()).isNull();
                });
        runner.withPropertyValues("camel.component.customizer.enabled=false", "camel.component.umf.client-id=ignored")
                .run(context -> assertThat(umf(context.getBean(CamelContext.class)).getConfiguration().getClientId())
                        .isNull());
    }

    private static UmfComponent umf(CamelContext camelContext) {
        return camelContext.getComponent("umf", UmfComponent.class);
    }

    /** A value other than the default, of the option's type; null for object options (beans, tested apart). */
    private static Object nonDefaultValue(String option, JsonNode metadata) {
        switch (option) {
            case "privateKey":
                return sandbox.keys().merchantPrivateKeyPkcs8Pem();
            case "umfPublicKey":
                return sandbox.keys().umfCertificatePem();
            case "privateKeyPassword":
                return null; // an unencrypted key with a password is refused at start: bound in its own test
            default:
                break;
        }
        String type = metadata.get("type").asText();
        JsonNode defaultValue = metadata.get("defaultValue");
        switch (type) {
            case "string":
                return "value-of-" + option;
            case "boolean":
                return defaultValue == null || !defaultValue.asBoolean();
            case "integer":
                return (defaultValue == null ? 0 : defaultValue.asLong()) + 7;
            case "enum":
                JsonNode values = metadata.get("enum");
                String last = values.get(values.size() - 1).asText();
                return last.equals(defaultValue == null ? null : defaultValue.asText()) ? values.get(0).asText() : last;
            default:
                return null;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OneOfEach {
        @Bean
        TokenStore tokenStore() {
            return new InMemoryTokenStore();
        }

        @Bean
        IdempotentRepository notificationRepository() {
            return MemoryIdempotentRepository.memoryIdempotentRepository(10);
        }

        @Bean
        SSLContextParameters umfTls() {
            return new SSLContextParameters();
        }

        @Bean
        HttpClientConfigurer httpClientConfigurer() {
            return builder -> { };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PaymentRoute {
        @Bean
        RouteBuilder paymentRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:pay").to("umf:payment/create");
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoTokenStores {
        @Bean
        TokenStore localStore() {
            return new InMemoryTokenStore();
        }

        @Bean
        TokenStore clusterStore() {
            return new InMemoryTokenStore();
        }

        @Bean
        IdempotentRepository notifications() {
            return MemoryIdempotentRepository.memoryIdempotentRepository(10);
        }

        @Bean
        IdempotentRepository other() {
            return MemoryIdempotentRepository.memoryIdempotentRepository(10);
        }
    }
}
