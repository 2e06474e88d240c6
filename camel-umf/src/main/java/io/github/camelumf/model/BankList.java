package io.github.camelumf.model;

import java.util.ArrayList;

/** The banks of umf:bank/list ({@code banks}, 3.1): a {@code List<Bank>}, so that routes index it ({@code ${body[0]}}) and split it. */
public class BankList extends ArrayList<Bank> {

    private static final long serialVersionUID = 1L;
}
