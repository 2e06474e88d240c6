/**
 * Multipart uploads ({@code umf:file/upload}, {@code umf:tuition/uploadFiles}): the file a message carries, bounded
 * by {@code maxUploadSize}, streamed from disk and signed over its content.
 */
package io.github.camelumf.upload;
