package io.github.camelumf.model;

/**
 * UMF's answer to {@code umf:file/upload} (3.59): the name under which UMF stored the file ({@code data}), which the
 * order then names.
 */
public class UploadedFile extends UmfObject {

    /** The common part of the answer. */
    private Meta meta;

    /** The name UMF stored the file under, e.g. {@code 202311/11101442022111742308180002.jpg}. */
    private String data;

    public UploadedFile() {
    }

    /** The common part of the answer. */
    public Meta getMeta() {
        return meta;
    }

    public void setMeta(Meta meta) {
        this.meta = meta;
    }

    /** The name UMF stored the file under, e.g. {@code 202311/11101442022111742308180002.jpg}. */
    public String getData() {
        return data;
    }

    public void setData(String data) {
        this.data = data;
    }

    @Override
    public String toString() {
        return describe().add("meta", meta).add("data", data).toString();
    }
}
