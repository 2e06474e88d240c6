package io.github.camelumf.sandbox.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.SandboxBehaviour;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code GET /sandbox/behaviour} shows the {@link SandboxBehaviour}; {@code POST /sandbox/behaviour?name=value&...}
 * changes it: {@code refusal-status=REFERENCE|ALWAYS_200}, {@code synchronous-refunds=PROCESS|SUCCESS},
 * {@code sms-codes-per-minute=N}, {@code sms-codes-per-order=N}, {@code accept-unknown-card-bins=true|false},
 * {@code lenient-lengths=true|false}. An unknown name or a bad value answers 404 and changes nothing.
 */
public final class BehaviourControl {

    /** The control's path. */
    public static final String PATH = "/sandbox/behaviour";

    private final SandboxBehaviour behaviour;

    public BehaviourControl(SandboxBehaviour behaviour) {
        this.behaviour = behaviour;
    }

    ObjectNode dispatch(String method, String rawQuery) {
        if ("POST".equals(method)) {
            apply(rawQuery == null ? "" : rawQuery);
        } else if (!"GET".equals(method)) {
            throw new UnsupportedOperationException("use GET or POST");
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("refusal-status", behaviour.refusalStatus().name());
        node.put("synchronous-refunds", behaviour.synchronousRefunds().name());
        node.put("sms-codes-per-minute", behaviour.smsCodesPerMinute());
        node.put("sms-codes-per-order", behaviour.smsCodesPerOrder());
        node.put("accept-unknown-card-bins", behaviour.acceptUnknownCardBins());
        node.put("lenient-lengths", behaviour.lenientLengths());
        return node;
    }

    private void apply(String rawQuery) {
        SandboxBehaviour changed = behaviour.copy();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            set(changed, name, value);
        }
        behaviour.copyFrom(changed);
    }

    private static void set(SandboxBehaviour target, String name, String value) {
        try {
            switch (name) {
                case "refusal-status":
                    target.refusalStatus(SandboxBehaviour.RefusalStatus.valueOf(value.toUpperCase(Locale.ROOT)));
                    break;
                case "synchronous-refunds":
                    target.synchronousRefunds(
                            SandboxBehaviour.SynchronousRefunds.valueOf(value.toUpperCase(Locale.ROOT)));
                    break;
                case "sms-codes-per-minute":
                    target.smsCodesPerMinute(Integer.parseInt(value));
                    break;
                case "sms-codes-per-order":
                    target.smsCodesPerOrder(Integer.parseInt(value));
                    break;
                case "accept-unknown-card-bins":
                    target.acceptUnknownCardBins(bool(value));
                    break;
                case "lenient-lengths":
                    target.lenientLengths(bool(value));
                    break;
                default:
                    throw new IllegalArgumentException("no behaviour named " + name);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number");
        }
    }

    private static boolean bool(String value) {
        if (!"true".equals(value) && !"false".equals(value)) {
            throw new IllegalArgumentException("expected true or false");
        }
        return Boolean.parseBoolean(value);
    }
}
