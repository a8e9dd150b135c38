package dev.weft.upload;

import java.nio.file.Path;

/**
 * A file that arrived completely and now lies in its session's folder.
 *
 * @param session the session (folder) it belongs to
 * @param fileName its safe name in that folder
 * @param size its size in bytes
 * @param path where it is
 */
public record StoredUpload(String session, String fileName, long size, Path path) {
}
