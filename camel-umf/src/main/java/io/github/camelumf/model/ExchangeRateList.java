package io.github.camelumf.model;

import java.util.ArrayList;

/** The rates of umf:exchangeRate/get ({@code exchange_rate} or {@code exchangeRates}, 3.4, 9.1): a {@code List<ExchangeRate>}, so that routes index it ({@code ${body[0]}}) and split it. */
public class ExchangeRateList extends ArrayList<ExchangeRate> {

    private static final long serialVersionUID = 1L;
}
