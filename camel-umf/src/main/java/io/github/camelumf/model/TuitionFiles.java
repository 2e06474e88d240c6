package io.github.camelumf.model;

/** UMF's answer to {@code umf:tuition/uploadFiles} ({@code payOrder}, 10.1): the path the tuition order names. */
public class TuitionFiles extends UmfObject {

    /** The path of the stored proof files ({@code FILE_PATH_...}), for {@code file_path} of tuition/order. */
    private String filePath;

    public TuitionFiles() {
    }

    /** The path of the stored proof files ({@code FILE_PATH_...}), for {@code file_path} of tuition/order. */
    public String getFilePath() {
        return filePath;
    }

    public void setFilePath(String filePath) {
        this.filePath = filePath;
    }

    @Override
    public String toString() {
        return describe().add("file_path", filePath).toString();
    }
}
