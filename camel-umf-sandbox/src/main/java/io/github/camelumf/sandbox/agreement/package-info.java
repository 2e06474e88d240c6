/**
 * Card binding and payer agreements (3.14, 3.15, 3.55-3.57): the SMS code, the contract, the agreements a payer
 * holds, their use in payments and their end.
 */
package io.github.camelumf.sandbox.agreement;
