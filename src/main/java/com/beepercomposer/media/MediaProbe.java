package com.beepercomposer.media;

import com.mpatric.mp3agic.Mp3File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gagravarr.ogg.OggFile;
import org.gagravarr.ogg.audio.OggAudioStatistics;
import org.gagravarr.opus.OpusFile;
import org.gagravarr.vorbis.VorbisFile;
import org.jcodec.common.DemuxerTrack;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.logging.LogLevel;
import org.jcodec.common.logging.Logger;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mkv.MKVType;
import org.jcodec.containers.mkv.boxes.EbmlFloat;
import org.jcodec.containers.mkv.boxes.EbmlUint;
import org.jcodec.containers.mkv.demuxer.MKVDemuxer;
import org.jcodec.containers.mp4.boxes.MovieBox;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;

/**
 * Reads duration (and picture size for video) from the containers voice notes and videos come
 * in, with kept libraries rather than hand parsing: mp3agic for MP3, vorbis-java for Ogg Opus
 * and Vorbis, JCodec for MP4/M4A/MOV and WebM/Matroska. The composer fills its defaults with it
 * and the sandbox reports it after an upload, so both read a file the same way. Never throws: a
 * file it cannot read is {@link MediaFacts#UNKNOWN}. Blocking (reads the file).
 */
public final class MediaProbe {
    /** Matroska keeps times in TimecodeScale nanoseconds, one millisecond unless it says otherwise. */
    private static final long DEFAULT_TIMECODE_SCALE_NS = 1_000_000;

    static {
        // JCodec logs every element it does not know; only its errors are worth a line.
        Logger.setLevel(LogLevel.ERROR);
    }

    private MediaProbe() {
    }

    /** True for the MIME types this probe reads. */
    public static boolean reads(String mimeType) {
        return switch (normal(mimeType)) {
            case "audio/mpeg", "audio/mp3", "audio/ogg", "audio/opus", "application/ogg", "audio/mp4", "audio/x-m4a",
                 "audio/aac", "video/mp4", "video/quicktime", "video/webm", "audio/webm", "video/x-matroska" -> true;
            default -> false;
        };
    }

    public static MediaFacts probe(Path file, String mimeType) {
        try {
            return switch (normal(mimeType)) {
                case "audio/mpeg", "audio/mp3" -> mp3(file);
                case "audio/ogg", "audio/opus", "application/ogg" -> ogg(file);
                case "audio/mp4", "audio/x-m4a", "audio/aac", "video/mp4", "video/quicktime" -> mp4(file);
                case "video/webm", "audio/webm", "video/x-matroska" -> matroska(file);
                default -> MediaFacts.UNKNOWN;
            };
        } catch (Exception | LinkageError | AssertionError e) {
            // A truncated or odd file: the person (or the server) can still say what it is.
            return MediaFacts.UNKNOWN;
        }
    }

    private static MediaFacts mp3(Path file) throws Exception {
        long millis = new Mp3File(file).getLengthInMilliseconds();
        return new MediaFacts(millis > 0 ? millis / 1000.0 : null, null, null);
    }

    /** Opus first (voice notes), then Vorbis; the last granule position is the length. */
    private static MediaFacts ogg(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); OggFile ogg = new OggFile(in);
             OpusFile opus = new OpusFile(ogg)) {
            return oggDuration(new OggAudioStatistics(opus, opus));
        } catch (IllegalArgumentException notOpus) {
            try (InputStream in = Files.newInputStream(file); OggFile ogg = new OggFile(in);
                 VorbisFile vorbis = new VorbisFile(ogg)) {
                return oggDuration(new OggAudioStatistics(vorbis, vorbis));
            }
        }
    }

    private static MediaFacts oggDuration(OggAudioStatistics statistics) throws IOException {
        statistics.calculate();
        double seconds = statistics.getDurationSeconds();
        return new MediaFacts(seconds > 0 ? seconds : null, null, null);
    }

    /** The movie header's length (it honours edit lists, unlike a track's raw length) and the video track's size. */
    private static MediaFacts mp4(Path file) throws IOException {
        try (SeekableByteChannel channel = NIOUtils.readableChannel(file.toFile())) {
            MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(channel);
            MovieBox movie = demuxer.getMovie();
            Double seconds = movie.getTimescale() > 0 && movie.getDuration() > 0
                    ? (double) movie.getDuration() / movie.getTimescale() : null;
            Size size = videoSize(demuxer.getVideoTracks().isEmpty() ? null : demuxer.getVideoTracks().get(0));
            return new MediaFacts(seconds, size == null ? null : size.getWidth(), size == null ? null : size.getHeight());
        }
    }

    /** The segment's Duration (in TimecodeScale units) and the first video track's pixel size. */
    private static MediaFacts matroska(Path file) throws IOException {
        try (SeekableByteChannel channel = NIOUtils.readableChannel(file.toFile())) {
            MKVDemuxer demuxer = new MKVDemuxer(channel);
            EbmlFloat duration = MKVType.findFirstTree(demuxer.getTree(),
                    new MKVType[] {MKVType.Segment, MKVType.Info, MKVType.Duration});
            EbmlUint scale = MKVType.findFirstTree(demuxer.getTree(),
                    new MKVType[] {MKVType.Segment, MKVType.Info, MKVType.TimecodeScale});
            long nanos = scale == null ? DEFAULT_TIMECODE_SCALE_NS : scale.getUint();
            Double seconds = duration == null || duration.getDouble() <= 0 ? null
                    : duration.getDouble() * nanos / 1e9;
            boolean video = !demuxer.getVideoTracks().isEmpty();
            Integer width = video && demuxer.getPictureWidth() > 0 ? demuxer.getPictureWidth() : null;
            Integer height = video && demuxer.getPictureHeight() > 0 ? demuxer.getPictureHeight() : null;
            return new MediaFacts(seconds, width, height);
        }
    }

    private static Size videoSize(DemuxerTrack track) {
        if (track == null) {
            return null;
        }
        DemuxerTrackMeta meta = track.getMeta();
        return meta == null || meta.getVideoCodecMeta() == null ? null : meta.getVideoCodecMeta().getSize();
    }

    private static String normal(String mimeType) {
        if (mimeType == null) {
            return "";
        }
        int semicolon = mimeType.indexOf(';');
        return (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
