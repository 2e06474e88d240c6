package io.github.camelumf.notification;

import java.nio.charset.StandardCharsets;

import io.github.camelumf.model.CustomsNotification;
import io.github.camelumf.model.NotificationType;
import io.github.camelumf.model.UmfNotification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which notification a body is, by its result member; one without a result member or an id is no notification. */
class NotificationParserTest {

    private final NotificationParser parser = new NotificationParser();

    @Test
    void declarationResultsAreCustomsOrCiqNotificationsWhicheverMemberHoldsThem() throws Exception {
        UmfNotification customs = parse("{\"meta\":{\"ret_code\":\"0000\"},\"customs_declarations\":[{\"id\":\"CUST_1\","
                                        + "\"customs_id\":\"HZHG\",\"state\":\"SUCCESS\"}]}");
        UmfNotification ciq = parse("{\"meta\":{\"ret_code\":\"0000\"},\"ciq_declarations\":[{\"id\":\"CIQ_1\","
                                    + "\"state\":\"SUCCESS\"}]}");

        assertThat(customs).isInstanceOf(CustomsNotification.class);
        assertThat(customs.type()).isEqualTo(NotificationType.CUSTOMS);
        assertThat(customs.id()).isEqualTo("CUST_1");
        assertThat(ciq).isInstanceOf(CustomsNotification.class);
        assertThat(ciq.type()).isEqualTo(NotificationType.CIQ);
        assertThat(ciq.id()).isEqualTo("CIQ_1");
    }

    @Test
    void resultMembersOfTheWrongShapeOrNoneAtAllAreNoNotification() {
        for (String body : new String[] { "{\"meta\":{\"ret_code\":\"0000\"}}",
                                          "{\"customs_declarations\":{\"id\":\"CUST_1\"}}",
                                          "{\"ciq_declarations\":{\"id\":\"CIQ_1\"}}", "{\"payment\":[]}",
                                          "{\"refund\":\"REF_1\"}", "{\"customs_declaration\":[]}" }) {
            assertThatThrownBy(() -> parse(body)).as(body).isInstanceOf(NotificationParser.NotANotification.class);
        }
    }

    private UmfNotification parse(String body) throws NotificationParser.NotANotification {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
