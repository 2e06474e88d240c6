package io.github.camelumf.b2b;

import io.github.camelumf.error.UmfConfigurationException;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.component.file.remote.SftpConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** documentsUri becomes a camel-ftp endpoint whose URI holds no secret; the secrets are set on it afterwards. */
class DocumentsEndpointTest {

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void passwordOptionIsTakenOutOfTheUriAndSetOnTheEndpoint() {
        RemoteFileEndpoint<?> endpoint = DocumentsEndpoint.create(context,
                "ftp://writer@127.0.0.1:2121/inbox?passiveMode=true&password=RAW(s3cr&t)&soTimeout=5000", null);

        assertThat(endpoint.getEndpointUri()).doesNotContain("s3cr").contains("passiveMode=true", "soTimeout=5000");
        assertThat(endpoint.getConfiguration().getPassword()).isEqualTo("s3cr&t");
        assertThat(endpoint.getConfiguration().isPassiveMode()).isTrue();
        assertThat(endpoint.getConfiguration().getDirectory()).isEqualTo("inbox");
        assertThat(context.getEndpoints()).as("not registered, so no route dump shows it").doesNotContain(endpoint);
    }

    @Test
    void userInfoPasswordAndKeyPassphraseAreTakenOutToo() {
        RemoteFileEndpoint<?> endpoint = DocumentsEndpoint.create(context,
                "sftp://writer:p%40ss@127.0.0.1:2222/upload?privateKeyPassphrase=RAW(k3y)&strictHostKeyChecking=yes",
                null);

        assertThat(endpoint.getEndpointUri()).doesNotContain("p%40ss").doesNotContain("p@ss").doesNotContain("k3y");
        assertThat(endpoint.getConfiguration().getUsername()).isEqualTo("writer");
        assertThat(endpoint.getConfiguration().getPassword()).isEqualTo("p@ss");
        assertThat(((SftpConfiguration) endpoint.getConfiguration()).getPrivateKeyPassphrase()).isEqualTo("k3y");
    }

    @Test
    void documentsPasswordReplacesThePasswordOfTheUri() {
        RemoteFileEndpoint<?> endpoint = DocumentsEndpoint.create(context,
                "ftps://writer@127.0.0.1:2121/inbox?password=old", "new-secret");

        assertThat(endpoint.getConfiguration().getPassword()).isEqualTo("new-secret");
        assertThat(endpoint.getEndpointUri()).doesNotContain("old").doesNotContain("new-secret");
    }

    @Test
    void otherSchemesAndMissingUrisAreRefusedWithoutShowingTheValue() {
        assertThatThrownBy(() -> DocumentsEndpoint.create(context, "http://writer:secret@host/x", null))
                .isInstanceOf(UmfConfigurationException.class)
                .hasMessage("Option 'documentsUri': must start with ftp:, ftps: or sftp:");
        assertThatThrownBy(() -> DocumentsEndpoint.create(context, " ", null))
                .hasMessageStartingWith("Option 'documentsUri': is required");
        assertThatThrownBy(() -> DocumentsEndpoint.create(context, "ftp://writer@host/x?password=secret&noSuchOption=1",
                null)).isInstanceOf(UmfConfigurationException.class)
                .hasMessageStartingWith("Option 'documentsUri': is not a valid ftp endpoint")
                .hasMessageNotContaining("secret");
    }
}
