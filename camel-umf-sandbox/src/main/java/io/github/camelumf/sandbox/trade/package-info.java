/**
 * The sandbox's B2B enterprise (4.1, 4.2, 11.1, 11.2), B2B outward payment (11.3-11.6), outward remittance (9) and
 * tuition transfer (10) flows: what UMF checks and in which order (qualification before payee before order details
 * before confirmation; status queries after), and the 9.6/10.4 codes it refuses with.
 */
package io.github.camelumf.sandbox.trade;
