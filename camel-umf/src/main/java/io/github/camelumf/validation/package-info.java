/**
 * Checks request bodies against the rules of the UMF reference before they leave the process:
 * {@link io.github.camelumf.validation.RequestValidator} (the entry point), the reference tables
 * {@link io.github.camelumf.validation.Currencies}, {@link io.github.camelumf.validation.TransCodes} and
 * {@link io.github.camelumf.validation.PayerCombinations}, and one small rules class per object.
 */
package io.github.camelumf.validation;
