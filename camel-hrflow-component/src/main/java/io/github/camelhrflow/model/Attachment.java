package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A file HrFlow keeps with a profile: the original upload and the résumé it made of it. HrFlow fills these in itself;
 * a profile indexed from JSON has none.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Attachment extends HrFlowObject {

    private String type;
    private String alt;
    private Long fileSize;
    private String fileName;
    private String originalFileName;
    private String extension;
    private String publicUrl;
    private String createdAt;
    private String updatedAt;

    /** {@code original}, {@code resume}, ... */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = track("type", type);
    }

    /** A hash of the file's content (40 hex characters). */
    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = track("alt", alt);
    }

    /** The size in bytes. */
    public Long getFileSize() {
        return fileSize;
    }

    public void setFileSize(Long fileSize) {
        this.fileSize = track("file_size", fileSize);
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = track("file_name", fileName);
    }

    public String getOriginalFileName() {
        return originalFileName;
    }

    public void setOriginalFileName(String originalFileName) {
        this.originalFileName = track("original_file_name", originalFileName);
    }

    /** Such as {@code .pdf}: HrFlow derives it from the content, not from the uploaded name. */
    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = track("extension", extension);
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = track("public_url", publicUrl);
    }

    /** As HrFlow wrote it (such as {@code 2023-06-20T15:25:07+0000}). */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = track("created_at", createdAt);
    }

    /** As HrFlow wrote it. */
    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = track("updated_at", updatedAt);
    }
}
