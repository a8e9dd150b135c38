package dev.weft.ui;

import java.nio.file.Path;

/**
 * A file the browser uploaded with one of the page's upload URLs ({@link Page#uploadUrl}), now
 * stored in the session's own folder of the upload directory.
 *
 * @param name its name there: the name the URL was issued for, made safe (no folders, no hidden
 *     files)
 * @param size its size in bytes
 * @param path where it is stored; Weft never deletes it, the app decides what to keep
 */
public record UploadedFile(String name, long size, Path path) {
}
