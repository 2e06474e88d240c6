package io.github.camelumf.example.settlement;

import org.apache.camel.builder.RouteBuilder;

/**
 * The one route: a Quartz cron drives {@code umf:settlement/download}, which delivers each settle date once, oldest
 * first; the records are streamed into {@code settlement-<date>.csv} (one line per payment or refund) and a summary
 * line (count, total, currency) is written once the file passed its integrity check. A failure (a file that does not
 * add up, a full disk) leaves the date not done: it is delivered again on the next poll, and its CSV rewritten.
 */
public final class SettlementRoutes extends RouteBuilder {

    /** The route's id. */
    public static final String ROUTE_ID = "settlement-polling";

    @Override
    public void configure() {
        boolean embedded = Boolean.parseBoolean(getContext().getPropertiesComponent()
                .resolveProperty("demo.sandbox.embedded").orElse("true").trim());
        String csv = "file:{{demo.output}}?fileName=settlement-${header.CamelUmfSettleDate}.csv";

        from("umf:settlement/download?startDate={{demo.start-date}}&stateDirectory={{demo.state-directory}}"
             + "&scheduler=quartz&scheduler.cron={{demo.cron}}")
                .routeId(ROUTE_ID)
                .autoStartup(!embedded) // the embedded sandbox starts it once its payments are made
                .setProperty("records", body())
                .process(e -> e.getMessage().setBody(SettlementCsv.HEADER)) // constant() would trim the line break
                .toD(csv + "&fileExist=Override")
                .setBody(exchangeProperty("records"))
                .split(body()).streaming()
                    .bean(SettlementCsv.class, "line")
                    .toD(csv + "&fileExist=Append")
                .end()
                .bean("settlementSummary", "record");
    }
}
