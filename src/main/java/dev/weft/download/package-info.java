/**
 * Downloads: {@code page.download(...)} registers a file, bytes or a stream under a random
 * one-time token ({@link dev.weft.download.Downloads}) and tells the browser to save
 * {@code <app base>download/<token>}; {@link dev.weft.download.DownloadEndpoint} serves it once,
 * streamed chunk by chunk with back-pressure ({@link dev.weft.download.ChunkSource},
 * {@link dev.weft.download.ResponsePump}), with the headers of {@link dev.weft.download.DownloadHeaders}.
 * In a cluster the token names its home instance ({@link dev.weft.download.DownloadToken}); a
 * request reaching another instance pulls the chunks from the home's
 * {@link dev.weft.download.DownloadHome} over the event bus ({@link dev.weft.download.DownloadRelay}).
 */
package dev.weft.download;
