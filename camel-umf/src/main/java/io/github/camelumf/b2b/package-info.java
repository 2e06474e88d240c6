/**
 * B2B documents ({@code umf:b2b/uploadDocuments}, section 4.4): the documents a message carries
 * ({@link io.github.camelumf.b2b.DocumentBody}), the contract and invoice check
 * ({@link io.github.camelumf.b2b.RequiredDocuments}), the ZIP produced as it is read
 * ({@link io.github.camelumf.b2b.ZipStream}), the remote name with its sequence
 * ({@link io.github.camelumf.b2b.DocumentZipName}) and the upload through camel-ftp
 * ({@link io.github.camelumf.b2b.DocumentUpload} over a {@link io.github.camelumf.b2b.RemoteDirectory}).
 */
package io.github.camelumf.b2b;
