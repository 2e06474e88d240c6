package io.github.camelumf.metrics;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.camelumf.error.ErrorCategory;
import io.github.camelumf.notification.NotificationRejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/reference.md lists every meter, tag key and closed tag value the component records. */
class UmfMetersDocumentationTest {

    private static final Path REFERENCE = Path.of("..", "docs", "reference.md");

    @Test
    void everyMeterTagAndRejectionReasonIsInTheReference() throws Exception {
        String reference = Files.readString(REFERENCE);
        String metrics = reference.substring(reference.indexOf("## Metrics"), reference.indexOf("## Endpoint options"));
        List<String> expected = new ArrayList<>();
        for (Field field : UmfMeters.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                expected.add("`" + field.get(null) + "`");
            }
        }
        for (NotificationRejection reason : NotificationRejection.values()) {
            expected.add("`" + reason.name().toLowerCase(Locale.ROOT) + "`");
        }
        for (RequestOutcome outcome : List.of(RequestOutcome.SUCCESS, RequestOutcome.TRANSPORT_FAILURE,
                RequestOutcome.AMBIGUOUS, RequestOutcome.VERIFICATION_FAILED, RequestOutcome.ERROR)) {
            expected.add("`" + outcome.outcome() + "`");
        }
        expected.add("`" + ErrorCategory.BANK_DECLINED.name().toLowerCase(Locale.ROOT) + "`");

        assertThat(metrics).contains(expected);
    }
}
