package dev.weft.ui;

/**
 * Runs when a file uploaded with one of the page's upload URLs has been stored. Like a blocking
 * event handler it runs off the event loop and may block (read the file, store it elsewhere);
 * what it changes on the page is sent when it returns, and what it throws is shown in the page's
 * error banner.
 */
@FunctionalInterface
public interface UploadHandler {

  void uploaded(UploadedFile file) throws Exception;
}
